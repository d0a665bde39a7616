import { feedSchedulerSettings, feedsToFetch, nextFetchAt } from '$lib/intake/feed-schedule';
import type { ArticleStore } from '../store/open-article-store';
import { claimFeed, listFeeds } from './feed-store';
import { refreshFeed } from './refresh-feed';

/** The feeds this process is fetching now (scheduled or asked for), so none is fetched twice at once. */
export const feedsInFlight = new Set<number>();

/**
 * Fetches `feed` unless this process is already fetching it; null when it was. The caller has
 * claimed it (scheduled) or been asked to (refresh now).
 */
export async function fetchOnce<T>(id: number, fetch: () => Promise<T>): Promise<T | null> {
  if (feedsInFlight.has(id)) return null;
  feedsInFlight.add(id);
  try {
    return await fetch();
  } finally {
    feedsInFlight.delete(id);
  }
}

/**
 * One turn of the scheduler: each due feed whose turn this server claims (claimFeed's
 * conditional update, so of several servers on one database only one fetches it) is fetched,
 * one after another. Resolves to the ids fetched.
 */
export async function fetchDueFeeds(
  store: ArticleStore,
  now: () => Date = () => new Date()
): Promise<number[]> {
  const fetched: number[] = [];
  for (const feed of feedsToFetch(await listFeeds(store), now(), feedsInFlight)) {
    const next = nextFetchAt(now(), feed.everyMinutes);
    if (!(await claimFeed(store, feed.id, feed.nextFetchAt, next))) continue;
    const done = await fetchOnce(feed.id, () => refreshFeed(store, feed, now));
    if (done) fetched.push(feed.id);
  }
  return fetched;
}

/**
 * Starts fetching due feeds every WIREMAP_FEEDS_TICK_SECONDS (30 s) in this server process,
 * unless WIREMAP_FEEDS=off. A turn still running when the next is due is not overlapped. A failed
 * turn (the database unavailable) is logged and tried again at the next. Returns the stop function.
 */
export function startFeedScheduler(store: () => Promise<ArticleStore>): () => void {
  const settings = feedSchedulerSettings(process.env);
  if (!settings.on) return () => {};
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    store()
      .then((opened) => (opened.writesRefused ? [] : fetchDueFeeds(opened)))
      .catch((error: unknown) => console.error(`wiremap: fetching feeds failed: ${(error as Error).message}`))
      .finally(() => (running = false));
  }, settings.tickMs);
  timer.unref();
  return () => clearInterval(timer);
}
