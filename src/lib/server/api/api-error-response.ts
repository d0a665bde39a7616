import { jsonError } from './json-error';

/** What a client is told about an unexpected failure; the details go to the server's log only. */
export const UNEXPECTED_FAILURE = 'the server failed unexpectedly; the details are in its log';

/**
 * An API error response in the API's own shape `{error: reason}`. The routes already answer so;
 * SvelteKit's own answers (a method not allowed, an unexpected exception) come
 * as text, an HTML page or `{message}` and are rewritten here, keeping status and `Allow`.
 */
export async function apiErrorResponse(response: Response): Promise<Response> {
  const type = response.headers.get('content-type') ?? '';
  let reason: string | undefined;
  if (type.startsWith('application/json')) {
    const body = (await response
      .clone()
      .json()
      .catch(() => undefined)) as { error?: unknown; message?: unknown } | undefined;
    if (typeof body?.error === 'string') return response;
    if (typeof body?.message === 'string') reason = body.message;
  } else if (!type.startsWith('text/html')) {
    // SvelteKit's text() answers (405) carry no content type at all.
    reason = (await response.text()).trim() || undefined;
  }
  if (response.status >= 500) reason = UNEXPECTED_FAILURE;
  const rewritten = jsonError(response.status, reason ?? (response.statusText || `HTTP ${response.status}`));
  const allow = response.headers.get('allow');
  if (allow) rewritten.headers.set('allow', allow);
  return rewritten;
}
