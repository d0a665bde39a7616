import { apiRequest, type ApiResult } from '$lib/dashboard/api-request';
import { feedFrom, feedListFrom, type FeedStatus } from '$lib/dashboard/feed-responses';

/** The subscribed feeds (GET /api/feeds). */
export const listFeeds = (): Promise<ApiResult<FeedStatus[]>> => apiRequest('/api/feeds', feedListFrom);

/** Subscribes to the feed at `url` (POST /api/feeds); its first items are stored before it answers. */
export const subscribeFeed = (url: string): Promise<ApiResult<FeedStatus>> =>
  apiRequest('/api/feeds', feedFrom, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ url })
  });

/** Fetches a feed now (POST /api/feeds/:id/refresh). */
export const refreshFeed = (id: number): Promise<ApiResult<FeedStatus>> =>
  apiRequest(`/api/feeds/${id}/refresh`, feedFrom, { method: 'POST' });

/** Ends a subscription (DELETE /api/feeds/:id); the articles stay. */
export const removeFeed = (id: number): Promise<ApiResult<true>> =>
  apiRequest(`/api/feeds/${id}`, () => true as const, { method: 'DELETE' });
