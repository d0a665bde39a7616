import { describe, expect, it } from 'vitest';
import { feedSchedulerSettings, feedsToFetch, isDue, nextFetchAt } from '$lib/intake/feed-schedule';

const now = new Date('2026-03-11T10:00:00.000Z');

describe('the feed schedule', () => {
  it('puts the next fetch a feed interval after now', () => {
    expect(nextFetchAt(now, 15)).toBe('2026-03-11T10:15:00.000Z');
    expect(nextFetchAt(now, 24 * 60)).toBe('2026-03-12T10:00:00.000Z');
  });

  it('finds a feed due when never fetched or when its time has come, not before', () => {
    expect(isDue('', now)).toBe(true);
    expect(isDue('2026-03-11T09:59:59.000Z', now)).toBe(true);
    expect(isDue('2026-03-11T10:00:00.000Z', now)).toBe(true);
    expect(isDue('2026-03-11T10:00:01.000Z', now)).toBe(false);
  });

  it('fetches the due feeds most overdue first, leaving out those being fetched already', () => {
    const feeds = [
      { id: 1, nextFetchAt: '2026-03-11T09:50:00.000Z' },
      { id: 2, nextFetchAt: '2026-03-11T10:05:00.000Z' },
      { id: 3, nextFetchAt: '' },
      { id: 4, nextFetchAt: '2026-03-11T09:30:00.000Z' },
      { id: 5, nextFetchAt: '2026-03-11T09:00:00.000Z' }
    ];
    expect(feedsToFetch(feeds, now, new Set([5])).map((feed) => feed.id)).toEqual([3, 4, 1]);
  });

  it('is on unless WIREMAP_FEEDS=off, looking every 30 s unless told otherwise', () => {
    expect(feedSchedulerSettings({})).toEqual({ on: true, tickMs: 30_000 });
    expect(feedSchedulerSettings({ WIREMAP_FEEDS: ' OFF ' }).on).toBe(false);
    expect(feedSchedulerSettings({ WIREMAP_FEEDS_TICK_SECONDS: '2' }).tickMs).toBe(2000);
    expect(feedSchedulerSettings({ WIREMAP_FEEDS_TICK_SECONDS: '0' }).tickMs).toBe(30_000);
    expect(feedSchedulerSettings({ WIREMAP_FEEDS_TICK_SECONDS: 'soon' }).tickMs).toBe(30_000);
  });
});
