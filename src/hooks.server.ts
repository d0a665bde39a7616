import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { apiErrorResponse, UNEXPECTED_FAILURE } from '$lib/server/api/api-error-response';
import { jsonError } from '$lib/server/api/json-error';
import { articleStore } from '$lib/server/store/article-store';

/** Opens the article store (migrating it, storing the seed on first run) before the first request. */
export const init: ServerInit = async () => {
  // `vite build` runs the server to prerender; it must not create or touch a database.
  if (building) return;
  const store = await articleStore();
  // scripts/serve.mjs emits this once the last request has been answered.
  process.on('sveltekit:shutdown', () => store.client.close());
};

/** Every error under /api/ answers as JSON `{error}`, whoever produced it. */
export const handle: Handle = async ({ event, resolve }) => {
  if (!event.url.pathname.startsWith('/api/')) return resolve(event);
  // Answered here: SvelteKit would render its HTML error page, which has no use in an API.
  if (event.route.id === null) return jsonError(404, 'no such API endpoint');
  const response = await resolve(event);
  return response.status < 400 ? response : apiErrorResponse(response);
};

/** Logs an unexpected exception with its stack; the client gets a reason without one. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (status < 500) return { message };
  console.error(`${event.request.method} ${event.url.pathname}:`, error);
  return { message: UNEXPECTED_FAILURE };
};
