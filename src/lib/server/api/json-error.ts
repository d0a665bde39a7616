import { json } from '@sveltejs/kit';

/** The API's error response: `{error: reason}` (plus any `details`, such as `version`) with `status`. */
export function jsonError(
  status: number,
  reason: string,
  details: Record<string, unknown> = {},
  headers: Record<string, string> = {}
): Response {
  return json({ error: reason, ...details }, { status, headers });
}
