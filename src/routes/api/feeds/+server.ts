import { json } from '@sveltejs/kit';
import { jsonError } from '$lib/server/api/json-error';
import { readJsonBody } from '$lib/server/api/read-json-body';
import { listFeeds } from '$lib/server/feeds/feed-store';
import { subscribe } from '$lib/server/feeds/feed-subscription';
import { articleStore } from '$lib/server/store/article-store';
import type { RequestHandler } from './$types';

/** The subscribed feeds: `{feeds}`, each with its last fetch, last error and item counts. */
export const GET: RequestHandler = async () => json({ feeds: await listFeeds(await articleStore()) });

/**
 * Subscribes to a feed `{url, title?, everyMinutes?}`: 201 `{feed, fetch}` with its first items
 * stored, 200 `{feed}` when already subscribed; 400/403/422 with the reason, nothing stored.
 */
export const POST: RequestHandler = async ({ request }) => {
  const body = await readJsonBody(request, 16 * 1024);
  if (!body.ok) return body.response;
  const subscribed = await subscribe(await articleStore(), body.value);
  if (!subscribed.ok) return jsonError(subscribed.status, subscribed.reason);
  const { feed, fetch, created } = subscribed;
  return json(created ? { feed, fetch } : { feed }, { status: created ? 201 : 200 });
};
