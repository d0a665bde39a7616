import { jsonError } from './json-error';
import { mediaType } from './media-type';
import { parsedJson } from './parsed-json';
import { readBody } from './read-body';

export type JsonBodyRead = { ok: true; value: unknown } | { ok: false; response: Response };

/**
 * A request's JSON body, or the error response to send instead: 415 unless it is
 * `application/json`, 413 over `limit` bytes, 400 when empty, not UTF-8 or not JSON.
 */
export async function readJsonBody(request: Request, limit: number): Promise<JsonBodyRead> {
  const type = mediaType(request);
  if (type !== 'application/json') {
    const sent = type ? `not ${type}` : 'with a Content-Type header';
    return { ok: false, response: jsonError(415, `send the body as application/json, ${sent}`) };
  }
  const body = await readBody(request, limit, 'the body');
  if (!body.ok) return body;
  const parsed = parsedJson(body.bytes);
  return parsed.ok ? parsed : { ok: false, response: jsonError(400, parsed.reason) };
}
