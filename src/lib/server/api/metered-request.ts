import { BYTES_PER_TOKEN } from './write-rate';

/**
 * `request` with its body counted as it streams: `charge` is called with one token for every
 * BYTES_PER_TOKEN that pass. Why: a chunked body declares no length, so its write cost cannot be
 * taken up front as a sized body's is; without this it would pay one token whatever its size.
 */
export function meteredRequest(request: Request, charge: (tokens: number) => void): Request {
  if (!request.body) return request;
  let bytes = 0;
  let charged = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      bytes += chunk.byteLength;
      const owed = Math.floor(bytes / BYTES_PER_TOKEN);
      if (owed > charged) {
        charge(owed - charged);
        charged = owed;
      }
      controller.enqueue(chunk);
    }
  });
  // `duplex` is what Node's fetch needs for a streamed body; the DOM typings do not know it yet.
  return new Request(request, { body: request.body.pipeThrough(counter), duplex: 'half' } as RequestInit);
}
