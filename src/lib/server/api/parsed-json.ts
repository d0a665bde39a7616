export type JsonParse = { ok: true; value: unknown } | { ok: false; reason: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A JSON body's value, or why it is none: empty, not UTF-8 (RFC 8259 §8.1), or not JSON. */
export function parsedJson(bytes: Uint8Array): JsonParse {
  if (bytes.byteLength === 0) return { ok: false, reason: 'the body is empty' };
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'the body is not valid UTF-8' };
  }
  if (text.trim() === '') return { ok: false, reason: 'the body is empty' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: `the body is not valid JSON (${(error as Error).message})` };
  }
}
