import { jsonError } from './json-error';

export type BodyRead = { ok: true; bytes: Uint8Array } | { ok: false; response: Response };

/** Megabytes with one decimal at most, for reasons ("16 MB", "1 MB"). */
const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/**
 * The request body's bytes, or a 413 when it is larger than `limit`: decided by the declared
 * Content-Length when there is one, else by the bytes that arrive (a chunked body has no length).
 * Nothing over the limit is kept in memory.
 */
export async function readBody(request: Request, limit: number, what: string): Promise<BodyRead> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  let over = Number.isFinite(declared) && declared > limit;
  let cutOff = false;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > limit) over = true;
        // Over the limit the rest is read and dropped, not cancelled: cancelling destroys the
        // socket (the client sees a reset, never the 413), and a body left unread stalls the
        // kept-alive connection until it times out.
        if (!over) chunks.push(value);
      }
    } catch (error) {
      // adapter-node errors the stream once the body passes BODY_SIZE_LIMIT (17M).
      if ((error as { status?: unknown }).status !== 413) {
        return { ok: false, response: jsonError(400, 'the request body could not be read') };
      }
      over = true;
      cutOff = true;
    }
  }
  if (over) {
    const length = Number.isFinite(declared) ? declared : size;
    const stated = cutOff && !Number.isFinite(declared) ? `more than ${size} bytes` : `${length} bytes`;
    return {
      ok: false,
      response: jsonError(413, `${what} is ${stated}; the limit is ${limit} bytes (${megabytes(limit)})`)
    };
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}
