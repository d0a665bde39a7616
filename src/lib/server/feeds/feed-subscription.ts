import { z } from 'zod';
import { articleCreditSchema } from '$lib/annotated/article-facts';
import { FEED_MINUTES, nextFetchAt } from '$lib/intake/feed-schedule';
import { validationReason } from '../api/validation-reason';
import type { ArticleStore } from '../store/open-article-store';
import { addFeed, getFeed, type FeedSummary } from './feed-store';
import { fetchFeed } from './fetch-feed';
import { storeFeedItems, type FeedFetchOutcome } from './refresh-feed';

/** The body of POST /api/feeds. */
export const feedSubscriptionSchema = z.strictObject({
  url: z.string().min(1).max(2048),
  title: articleCreditSchema.optional(),
  everyMinutes: z.number().int().min(FEED_MINUTES.min).max(FEED_MINUTES.max).optional()
});

export type Subscription =
  | { ok: true; created: boolean; feed: FeedSummary; fetch: FeedFetchOutcome | null }
  | { ok: false; status: number; reason: string };

/**
 * Subscribes to the feed a client POSTed: the feed is fetched and parsed first, so a bad
 * address, an unreachable site or a document that is no feed is refused (4xx with the reason)
 * and nothing is stored; then its items are stored as articles. An address already subscribed
 * is answered with its feed, unchanged.
 */
export async function subscribe(store: ArticleStore, body: unknown, now = new Date()): Promise<Subscription> {
  const parsed = feedSubscriptionSchema.safeParse(body);
  if (!parsed.success) return { ok: false, status: 400, reason: validationReason(parsed.error) };
  const { url, title, everyMinutes = FEED_MINUTES.default } = parsed.data;
  const fetched = await fetchFeed(url.trim());
  if (!fetched.ok) return fetched;
  const added = await addFeed(store, {
    url: url.trim(),
    title: title ?? fetched.feed.title ?? null,
    everyMinutes,
    addedAt: now.toISOString(),
    nextFetchAt: nextFetchAt(now, everyMinutes)
  });
  const fetch = added.created
    ? await storeFeedItems(store, { id: added.id, title: title ?? null }, fetched.feed)
    : null;
  const feed = await getFeed(store, added.id);
  return { ok: true, created: added.created, feed: feed!, fetch };
}

/** The route's feed id when it is a positive integer, else undefined (answer 400). */
export function feedIdParameter(id: string): number | undefined {
  return /^[1-9]\d{0,15}$/.test(id) ? Number(id) : undefined;
}
