import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { apiErrorResponse, UNEXPECTED_FAILURE } from '$lib/server/api/api-error-response';
import { jsonError } from '$lib/server/api/json-error';
import { databaseUnavailable } from '$lib/server/db/database-unavailable';
import { articleStore } from '$lib/server/store/article-store';

/**
 * Opens the article store (migrating it, storing the seed on first run) before the first request.
 * A database that cannot be opened, or only for reading, is said so here; the server serves
 * anyway, answering 503 with the reason where the database is needed, and recovers once it is back.
 */
export const init: ServerInit = async () => {
  // `vite build` runs the server to prerender; it must not create or touch a database.
  if (building) return;
  try {
    const store = await articleStore();
    if (store.writesRefused) console.error(`wiremap: not writing to the database: ${store.writesRefused}`);
  } catch (error) {
    const unavailable = databaseUnavailable(error);
    if (!unavailable) throw error;
    console.error(
      `wiremap: the database is unavailable: ${unavailable.reason}. Serving anyway; every request that needs it answers 503 until it is back.`
    );
  }
  // scripts/serve.mjs emits this once the last request has been answered.
  process.on('sveltekit:shutdown', () => {
    articleStore().then(
      (store) => store.client.close(),
      () => undefined
    );
  });
};

/** Every error under /api/ answers as JSON `{error}`, whoever produced it; an unavailable database 503. */
export const handle: Handle = async ({ event, resolve }) => {
  const isApi = event.url.pathname.startsWith('/api/');
  // Answered here: SvelteKit would render its HTML error page, which has no use in an API.
  if (isApi && event.route.id === null) return jsonError(404, 'no such API endpoint');
  const response = await resolve(event);
  const unavailable = event.locals.databaseUnavailable;
  if (unavailable && response.status === 500) {
    const headers = { 'retry-after': String(unavailable.retryAfter) };
    if (isApi) return jsonError(503, unavailable.reason, {}, headers);
    return new Response(response.body, {
      status: 503,
      headers: { ...Object.fromEntries(response.headers), ...headers }
    });
  }
  if (!isApi) return response;
  return response.status < 400 ? response : apiErrorResponse(response);
};

/**
 * An unavailable database (locked, read-only, damaged, gone) is told as it is, and answered 503 by
 * `handle`; any other exception is logged with its stack and the client gets a reason without one.
 */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (status < 500) return { message };
  const unavailable = databaseUnavailable(error);
  if (unavailable) {
    event.locals.databaseUnavailable = unavailable;
    console.error(
      `${event.request.method} ${event.url.pathname}: database unavailable: ${unavailable.reason}`
    );
    return { message: `The database is unavailable: ${unavailable.reason}.` };
  }
  console.error(`${event.request.method} ${event.url.pathname}:`, error);
  return { message: UNEXPECTED_FAILURE };
};
