import { jsonError } from '$lib/server/api/json-error';
import { deleteFeed } from '$lib/server/feeds/feed-store';
import { feedIdParameter } from '$lib/server/feeds/feed-subscription';
import { articleStore } from '$lib/server/store/article-store';
import type { RequestHandler } from './$types';

/** Ends a subscription: 204, or 404 when there is none. The articles its items became stay. */
export const DELETE: RequestHandler = async ({ params }) => {
  const id = feedIdParameter(params.id);
  if (!id) return jsonError(400, 'a feed id is a positive integer');
  if (!(await deleteFeed(await articleStore(), id))) return jsonError(404, `no feed ${id}`);
  return new Response(null, { status: 204 });
};
