import type { Handle, HandleServerError, RequestEvent, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { analysisRefused } from '$lib/server/analysis-pool/analysis-refused';
import { apiErrorResponse, UNEXPECTED_FAILURE } from '$lib/server/api/api-error-response';
import { jsonError } from '$lib/server/api/json-error';
import { accessRefusal } from '$lib/server/auth/access-refusal';
import { processAuthSettings } from '$lib/server/auth/auth-settings';
import { prepareAccounts } from '$lib/server/auth/prepare-accounts';
import { meteredRequest } from '$lib/server/api/metered-request';
import { WriteLimiter, writeCost, writeRateFromEnvironment } from '$lib/server/api/write-rate';
import { databaseUnavailable } from '$lib/server/db/database-unavailable';
import { pageNotFound } from '$lib/server/page-not-found';
import { startFeedScheduler } from '$lib/server/feeds/feed-scheduler';
import { articleStore, closeArticleStore } from '$lib/server/store/article-store';

/**
 * Opens the article store (migrating it, storing the seed on first run) before the first request.
 * A database that cannot be opened, or only for reading, is said so here; the server serves
 * anyway, answering 503 with the reason where the database is needed, and recovers once it is back.
 */
export const init: ServerInit = async () => {
  // `vite build` runs the server to prerender; it must not create or touch a database.
  if (building) return;
  // Read first: a WIREMAP_AUTH it cannot understand stops the server rather than leave it open.
  const auth = processAuthSettings();
  try {
    const store = await articleStore();
    if (store.writesRefused) console.error(`wiremap: not writing to the database: ${store.writesRefused}`);
    const accounts = await prepareAccounts(store, auth, process.env);
    if (accounts) console.error(accounts);
  } catch (error) {
    const unavailable = databaseUnavailable(error);
    if (!unavailable) throw error;
    console.error(
      `wiremap: the database is unavailable: ${unavailable.reason}. Serving anyway; ` +
        'every request that needs it answers 503 until it is back.'
    );
  }
  // Feeds are fetched on their schedule by the server process (WIREMAP_FEEDS=off: not here).
  const stopFeeds = startFeedScheduler(articleStore);
  // scripts/serve.mjs emits this once the last request has been answered.
  process.on('sveltekit:shutdown', () => {
    stopFeeds();
    closeArticleStore();
  });
};

const writeRate = writeRateFromEnvironment(process.env);
const writeLimiter = writeRate ? new WriteLimiter(writeRate) : null;
const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** API answers are data, never a document: nothing in one may load or run, or be framed. */
const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

/**
 * Every API answer is JSON (errors `{error}`, whoever produced them) under a no-content CSP and
 * `Cache-Control: no-store`; a client writing faster than WIREMAP_WRITES_PER_MINUTE gets 429
 * (a chunked body charged as it arrives); an unavailable database 503; a page address that names
 * no route 404.
 */
export const handle: Handle = async ({ event, resolve }) => {
  const isApi = event.url.pathname.startsWith('/api/');
  // Accounts (WIREMAP_AUTH) come first: a stranger learns nothing, not even which paths exist.
  const denied = await accessRefusal(event);
  if (!isApi) {
    if (denied) return denied;
    return event.route.id === null ? pageNotFound() : withDatabaseStatus(event, await resolve(event));
  }
  const refused =
    denied ??
    // Answered here: SvelteKit would render its HTML error page, which has no use in an API.
    (event.route.id === null ? jsonError(404, 'no such API endpoint') : tooManyWrites(event));
  let response = refused ?? (await withDatabaseStatus(event, await resolve(event)));
  if (response.status >= 400) response = await apiErrorResponse(response);
  // Answers about articles change with every write: no cache may keep or reuse one.
  return withHeader(
    withHeader(response, 'content-security-policy', apiContentSecurityPolicy),
    'cache-control',
    'no-store'
  );
};

/** `response` with one header set; a response whose headers are immutable is copied. */
function withHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.set(name, value);
    return response;
  } catch {
    const headers = new Headers(response.headers);
    headers.set(name, value);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}

/** The 429 for a write over the client's rate, or null when it may go ahead. */
function tooManyWrites(event: RequestEvent): Response | null {
  if (!writeLimiter || !writeRate || !writeMethods.has(event.request.method)) return null;
  const client = event.getClientAddress();
  // Large bodies cost more: analysing a 1 MB article takes seconds, not milliseconds.
  const length = event.request.headers.get('content-length');
  const decision = writeLimiter.take(client, Date.now(), writeCost(length));
  if (decision.allowed) {
    // A chunked body pays the same, token by token as it arrives.
    if (length === null)
      event.request = meteredRequest(event.request, (tokens) =>
        writeLimiter.charge(client, Date.now(), tokens)
      );
    return null;
  }
  const reason =
    `too many writes from ${client}: at most ${writeRate.perMinute} a minute ` +
    `(${writeRate.burst} at once); try again in ${decision.retryAfter} s`;
  return jsonError(429, reason, {}, { 'retry-after': String(decision.retryAfter) });
}

/** A 500 that came of an unavailable database (handleError noted it) as the 503 it is, with its reason. */
function withDatabaseStatus(event: RequestEvent, response: Response): Response {
  const unavailable = event.locals.databaseUnavailable;
  if (!unavailable || response.status !== 500) return response;
  const retryAfter = { 'retry-after': String(unavailable.retryAfter) };
  if (event.url.pathname.startsWith('/api/')) return jsonError(503, unavailable.reason, {}, retryAfter);
  return new Response(response.body, {
    status: 503,
    headers: { ...Object.fromEntries(response.headers), ...retryAfter }
  });
}

/**
 * An unavailable database (locked, read-only, damaged, gone) is told as it is, and answered 503 by
 * `handle`; any other exception is logged with its stack and the client gets a reason without one.
 */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (status < 500) return { message };
  // An analysis over its time budget is answered like a database state: 503 with the reason.
  const refused = analysisRefused(error);
  if (refused) {
    event.locals.databaseUnavailable = refused;
    console.error(`${event.request.method} ${event.url.pathname}: analysis refused: ${refused.reason}`);
    return { message: refused.reason };
  }
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
