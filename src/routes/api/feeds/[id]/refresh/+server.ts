import { json } from '@sveltejs/kit';
import { jsonError } from '$lib/server/api/json-error';
import { fetchOnce } from '$lib/server/feeds/feed-scheduler';
import { getFeed } from '$lib/server/feeds/feed-store';
import { feedIdParameter } from '$lib/server/feeds/feed-subscription';
import { refreshFeed } from '$lib/server/feeds/refresh-feed';
import { articleStore } from '$lib/server/store/article-store';
import type { RequestHandler } from './$types';

/**
 * Fetches a feed now: 200 `{feed, fetch}` (a failed fetch is its `lastError`, and `fetch.ok`
 * false), 404 for no such feed, 409 while it is being fetched already.
 */
export const POST: RequestHandler = async ({ params }) => {
  const id = feedIdParameter(params.id);
  if (!id) return jsonError(400, 'a feed id is a positive integer');
  const store = await articleStore();
  const feed = await getFeed(store, id);
  if (!feed) return jsonError(404, `no feed ${id}`);
  const fetch = await fetchOnce(id, () => refreshFeed(store, feed));
  if (!fetch) return jsonError(409, `feed ${id} is being fetched now; try again in a moment`);
  return json({ feed: await getFeed(store, id), fetch });
};
