import { apiErrorReason } from './api-responses';

/** How a call to wiremap's API ended: the answer read, or the reason it failed, in words. */
export type ApiResult<T> =
  { ok: true; value: T; status: number } | { ok: false; reason: string; status: number | null };

/**
 * Calls wiremap's API and reads a successful answer with `read` (undefined when the body is not
 * what was expected). Every failure is said the same way: an unreachable server (status null),
 * the API's own reason for a refusal (4xx, and 503 when the database is unavailable), or the
 * bare status when the body carries none.
 */
export async function apiRequest<T>(
  path: string,
  read: (body: unknown) => T | undefined,
  init?: RequestInit,
  fetcher: typeof fetch = fetch
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetcher(path, init);
  } catch {
    return { ok: false, status: null, reason: 'the server could not be reached' };
  }
  const body: unknown = await response.json().catch(() => undefined);
  const value = response.ok ? read(body) : undefined;
  if (value !== undefined) return { ok: true, value, status: response.status };
  return {
    ok: false,
    status: response.status,
    reason: apiErrorReason(body) ?? `the server answered ${response.status}`
  };
}
