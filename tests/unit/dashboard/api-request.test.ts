import { describe, expect, it } from 'vitest';
import { apiRequest } from '$lib/dashboard/api-request';

const readNumber = (body: unknown) =>
  typeof body === 'object' && body !== null && typeof (body as { n?: unknown }).n === 'number'
    ? (body as { n: number }).n
    : undefined;
const answering =
  (status: number, body: string): typeof fetch =>
  async () =>
    new Response(body, { status, headers: { 'content-type': 'application/json' } });

describe('apiRequest', () => {
  it('reads a successful answer', async () => {
    expect(await apiRequest('/api/x', readNumber, undefined, answering(200, '{"n":4}'))).toEqual({
      ok: true,
      value: 4,
      status: 200
    });
  });

  it('says the same thing for every unreachable server', async () => {
    const unreachable: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await apiRequest('/api/x', readNumber, undefined, unreachable)).toEqual({
      ok: false,
      status: null,
      reason: 'the server could not be reached'
    });
  });

  it("passes on the API's reason for a refusal and for an unavailable database", async () => {
    const refused = await apiRequest(
      '/api/x',
      readNumber,
      undefined,
      answering(400, '{"error":"q is required"}')
    );
    expect(refused).toEqual({ ok: false, status: 400, reason: 'q is required' });
    const unavailable = await apiRequest(
      '/api/x',
      readNumber,
      undefined,
      answering(503, '{"error":"the database is read-only"}')
    );
    expect(unavailable).toEqual({ ok: false, status: 503, reason: 'the database is read-only' });
  });

  it('names the status when the body says nothing, or a success is not what was expected', async () => {
    expect(await apiRequest('/api/x', readNumber, undefined, answering(502, 'gateway'))).toEqual({
      ok: false,
      status: 502,
      reason: 'the server answered 502'
    });
    expect(await apiRequest('/api/x', readNumber, undefined, answering(200, '{"m":1}'))).toEqual({
      ok: false,
      status: 200,
      reason: 'the server answered 200'
    });
  });
});
