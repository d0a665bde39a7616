import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, temporaryDirectory, type ServerProcess } from '../server-process';
import { call, floodArticle, post } from './api-requests';

const folder = temporaryDirectory();
let server: ServerProcess;

beforeAll(async () => {
  server = await startServer(`${folder.path}/rate.db`, {
    env: {
      WIREMAP_WRITES_PER_MINUTE: '60',
      WIREMAP_WRITE_BURST: '3',
      // Clients are told apart by the address a proxy in front reports.
      ADDRESS_HEADER: 'x-forwarded-for',
      XFF_DEPTH: '1'
    }
  });
});

afterAll(async () => {
  await server?.stop();
  folder.remove();
});

const store = (client: string, tag: string) =>
  post<{ id?: string; error?: string }>(server.url, '/api/articles', 'text/plain', floodArticle(tag), {
    'x-forwarded-for': client
  });

describe('the write rate per client', () => {
  it('answers writes over the rate 429 with the reason and Retry-After, storing nothing', async () => {
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await store('203.0.113.7', `burst ${i}`));
    expect(answers.slice(0, 3).map((answer) => answer.status)).toEqual([201, 201, 201]);
    const refused = answers[3]!;
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatch(
      /too many writes from 203\.0\.113\.7: at most 60 a minute \(3 at once\)/
    );
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // The seed and the three accepted articles; the refused one was never stored.
    const list = await call<{ total: number }>(server.url, '/api/articles', {
      headers: { 'x-forwarded-for': '203.0.113.7' }
    });
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(4);
  });

  it('keeps other clients writing while one is held back', async () => {
    expect((await store('198.51.100.20', 'another desk')).status).toBe(201);
  });

  it('charges a large body more: one write of 130 kB takes the three-write burst', async () => {
    const client = '192.0.2.44';
    const long = `${floodArticle('a long one')}\n\n${'Rescuers kept working through the night in Lviv. '.repeat(2700)}`;
    const big = await post<{ error?: string }>(server.url, '/api/articles', 'text/plain', long, {
      'x-forwarded-for': client
    });
    expect(big.status).toBe(201);
    expect((await store(client, 'right after the long one')).status).toBe(429);
  });

  it('charges a chunked body the same: a chunked write of 130 kB takes the three-write burst too', async () => {
    // Issue 10: a body without Content-Length paid one token whatever its size.
    const client = '192.0.2.45';
    const long = `${floodArticle('a long chunked one')}\n\n${'Rescuers kept working through the night in Lviv. '.repeat(2700)}`;
    const bytes = new TextEncoder().encode(long);
    // A stream has no length, so fetch sends it chunked (Transfer-Encoding), as curl -T - does.
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 16 * 1024)
          controller.enqueue(bytes.slice(at, at + 16 * 1024));
        controller.close();
      }
    });
    const big = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-forwarded-for': client },
      body: chunked,
      duplex: 'half'
    } as RequestInit);
    expect(big.status, await big.text()).toBe(201);
    expect((await store(client, 'right after the long chunked one')).status).toBe(429);
  });

  it('lets the held-back client write again once its bucket refills', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await store('203.0.113.7', 'after waiting')).status).toBe(201);
  });
});
