/** How often a feed is fetched unless its subscription says otherwise, and the bounds, in minutes. */
export const FEED_MINUTES = { default: 15, min: 1, max: 24 * 60 };

/** The instant (ISO 8601) a feed fetched at `now` is next due. */
export function nextFetchAt(now: Date, everyMinutes: number): string {
  return new Date(now.getTime() + everyMinutes * 60_000).toISOString();
}

/** Whether a feed whose next fetch is at `nextAt` (ISO 8601, '' for never fetched) is due at `now`. */
export function isDue(nextAt: string, now: Date): boolean {
  return nextAt === '' || nextAt <= now.toISOString();
}

/** The feed scheduler's settings: off with WIREMAP_FEEDS=off; how often it looks for due feeds. */
export interface FeedSchedulerSettings {
  on: boolean;
  /** Milliseconds between two looks for due feeds (WIREMAP_FEEDS_TICK_SECONDS, default 30). */
  tickMs: number;
}

export function feedSchedulerSettings(env: Record<string, string | undefined>): FeedSchedulerSettings {
  const on = (env.WIREMAP_FEEDS ?? 'on').trim().toLowerCase() !== 'off';
  const seconds = Number(env.WIREMAP_FEEDS_TICK_SECONDS);
  const tickMs = Number.isFinite(seconds) && seconds >= 1 ? Math.round(seconds * 1000) : 30_000;
  return { on, tickMs };
}

/**
 * The due feeds to fetch now, most overdue first, without those this process is already
 * fetching: a slow feed is never fetched twice at once.
 */
export function feedsToFetch<T extends { id: number; nextFetchAt: string }>(
  feeds: readonly T[],
  now: Date,
  inFlight: ReadonlySet<number>
): T[] {
  return feeds
    .filter((feed) => isDue(feed.nextFetchAt, now) && !inFlight.has(feed.id))
    .sort((a, b) => a.nextFetchAt.localeCompare(b.nextFetchAt));
}
