import { feedItemArticle } from '$lib/intake/feed-article';
import type { FeedItem, ParsedFeed } from '$lib/intake/feed';
import { htmlArticle } from '$lib/intake/html-article';
import { extractedInput } from '../api/extracted-input';
import { fetchedPage } from '../fetched-page';
import type { ArticleStore } from '../store/open-article-store';
import { storeArticle } from '../store/store-article';
import { claimItem, recordFetch, recordItem } from './feed-store';
import { allowedHosts, fetchFeed } from './fetch-feed';

/** The most new items one fetch stores: a feed's first fetch is not a backlog to work through. */
export const ITEMS_PER_FETCH = 50;

/** What one fetch of a feed did: items new to it, and of those the ones stored as articles. */
export interface FeedFetchOutcome {
  ok: boolean;
  error?: string;
  newItems: number;
  stored: number;
}

/** The article for an item: its linked page read with Readability when reachable, else its own text. */
async function itemArticle(item: FeedItem, feedTitle: string | undefined) {
  const page = item.link ? await fetchedPage(item.link, allowedHosts()) : undefined;
  const extraction = page?.ok
    ? htmlArticle(page.html)
    : page
      ? { ok: false as const, reason: page.reason }
      : undefined;
  return extractedInput(feedItemArticle(item, extraction, feedTitle), 'the feed item');
}

/**
 * Stores the items of `parsed` that the feed has not seen (by key), each as an article analysed
 * like any other (queued on PostgreSQL), and records the fetch. An item that cannot be stored
 * is kept with its reason, so it is not tried at every fetch.
 */
export async function storeFeedItems(
  store: ArticleStore,
  feed: { id: number; title: string | null },
  parsed: ParsedFeed,
  now: () => Date = () => new Date()
): Promise<FeedFetchOutcome> {
  const agency = feed.title ?? parsed.title;
  let newItems = 0;
  let stored = 0;
  for (const item of parsed.items) {
    if (newItems >= ITEMS_PER_FETCH) break;
    if (!(await claimItem(store, feed.id, item.key, now().toISOString()))) continue;
    newItems++;
    try {
      const input = await itemArticle(item, agency);
      if (!input.ok) {
        await recordItem(store, feed.id, item.key, { error: input.reason });
        continue;
      }
      const article = await storeArticle(store, input.input);
      await recordItem(store, feed.id, item.key, { articleId: article.id });
      stored++;
    } catch (error) {
      await recordItem(store, feed.id, item.key, { error: (error as Error).message });
    }
  }
  await recordFetch(store, feed.id, {
    at: now().toISOString(),
    error: null,
    ...(parsed.title ? { title: parsed.title } : {})
  });
  return { ok: true, newItems, stored };
}

/** Fetches a feed now and stores its new items; a failed fetch is recorded as the feed's last error. */
export async function refreshFeed(
  store: ArticleStore,
  feed: { id: number; url: string; title: string | null },
  now: () => Date = () => new Date()
): Promise<FeedFetchOutcome> {
  const fetched = await fetchFeed(feed.url);
  if (!fetched.ok) {
    await recordFetch(store, feed.id, { at: now().toISOString(), error: fetched.reason });
    return { ok: false, error: fetched.reason, newItems: 0, stored: 0 };
  }
  return storeFeedItems(store, feed, fetched.feed, now);
}
