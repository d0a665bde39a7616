import { beforeAll, describe, expect, it } from 'vitest';
import { parseFeed, type ParsedFeed } from '$lib/intake/feed';
import { fetchDueFeeds } from '$lib/server/feeds/feed-scheduler';
import { addFeed, claimFeed, claimItem, deleteFeed, getFeed, listFeeds } from '$lib/server/feeds/feed-store';
import { storeFeedItems } from '$lib/server/feeds/refresh-feed';
import { listArticles } from '$lib/server/store/list-articles';
import type { ArticleStore } from '$lib/server/store/open-article-store';
import { freshDatabase, temporaryStore } from './temporary-store';

const now = new Date('2026-03-11T10:00:00.000Z');
const newFeed = (url: string, nextFetchAt = '') => ({
  url,
  title: null,
  everyMinutes: 15,
  addedAt: now.toISOString(),
  nextFetchAt
});

/** A feed of our own whose items carry their text and no link, so storing them fetches nothing. */
function ownFeed(entries: [string, string][]): ParsedFeed {
  const items = entries
    .map(([id, text]) => `<entry><id>${id}</id><title>${id}</title><content>${text}</content></entry>`)
    .join('');
  const parsed = parseFeed(
    `<feed xmlns="http://www.w3.org/2005/Atom"><title>Lake Desk</title>${items}</feed>`
  );
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.feed;
}

describe('the feed store', () => {
  let database: string;
  let store: ArticleStore;
  let other: ArticleStore;
  beforeAll(async () => {
    database = await freshDatabase();
    store = await temporaryStore(database);
    // A second server on the same database.
    other = await temporaryStore(database);
  });

  it('subscribes to an address once', async () => {
    const first = await addFeed(store, newFeed('https://lake.example.org/feed.xml'));
    expect(first.created).toBe(true);
    expect(await addFeed(other, newFeed('https://lake.example.org/feed.xml'))).toEqual({
      id: first.id,
      created: false
    });
    expect(await getFeed(store, first.id)).toMatchObject({ items: 0, articles: 0, lastFetchedAt: null });
  });

  it('lets one server only claim a feed’s turn, and an item only once', async () => {
    const { id } = await addFeed(
      store,
      newFeed('https://lake.example.org/claimed.xml', '2026-03-11T09:00:00.000Z')
    );
    const next = '2026-03-11T10:15:00.000Z';
    const claims = await Promise.all([
      claimFeed(store, id, '2026-03-11T09:00:00.000Z', next),
      claimFeed(other, id, '2026-03-11T09:00:00.000Z', next)
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect((await getFeed(store, id))?.nextFetchAt).toBe(next);
    expect(await claimItem(store, id, 'item-1', now.toISOString())).toBe(true);
    expect(await claimItem(other, id, 'item-1', now.toISOString())).toBe(false);
  });

  it('stores a feed’s new items as articles with the feed as agency, each once', async () => {
    const { id } = await addFeed(store, newFeed('https://lake.example.org/items.xml'));
    const feed = ownFeed([
      ['lake-1', 'Boats returned to the harbour of Ohrid after the wind dropped.'],
      ['lake-2', 'Fishermen in Struga said the catch was the best in years.']
    ]);
    expect(await storeFeedItems(store, { id, title: null }, feed, () => now)).toMatchObject({
      newItems: 2,
      stored: 2
    });
    const more = ownFeed([
      ['lake-1', 'Boats returned to the harbour of Ohrid after the wind dropped.'],
      ['lake-3', 'A ferry from Ohrid to Struga starts running in May, the town said.']
    ]);
    expect(await storeFeedItems(other, { id, title: null }, more, () => now)).toMatchObject({
      newItems: 1,
      stored: 1
    });
    expect(await getFeed(store, id)).toMatchObject({
      title: 'Lake Desk',
      items: 3,
      articles: 3,
      lastFetchedAt: now.toISOString(),
      lastError: null
    });
    const { articles } = await listArticles(store, { limit: 100, offset: 0 });
    expect(
      articles
        .filter((article) => article.agency === 'Lake Desk')
        .map((article) => article.title)
        .sort()
    ).toEqual(['lake-1', 'lake-2', 'lake-3']);
  });

  it('fetches each due feed once across two servers, keeping a failed fetch as its last error', async () => {
    for (const feed of await listFeeds(store)) await deleteFeed(store, feed.id);
    // Private addresses are refused before any connection: the fetch fails at once, with its reason.
    await addFeed(store, newFeed('http://10.9.8.7/a.xml'));
    await addFeed(store, newFeed('http://10.9.8.7/b.xml'));
    const [here, there] = await Promise.all([
      fetchDueFeeds(store, () => now),
      fetchDueFeeds(other, () => now)
    ]);
    expect([...here, ...there].sort()).toEqual((await listFeeds(store)).map((feed) => feed.id).sort());
    for (const feed of await listFeeds(store)) {
      expect(feed.lastError).toMatch(/private or local address/);
      expect(feed.nextFetchAt).toBe('2026-03-11T10:15:00.000Z');
    }
    // Not due again before its next turn.
    expect(await fetchDueFeeds(store, () => now)).toEqual([]);
  });

  it('removes a feed and its items, keeping their articles', async () => {
    const before = (await listArticles(store, { limit: 1, offset: 0 })).total;
    const [feed] = await listFeeds(store);
    expect(await deleteFeed(store, feed!.id)).toBe(true);
    expect(await deleteFeed(store, feed!.id)).toBe(false);
    expect((await listArticles(store, { limit: 1, offset: 0 })).total).toBe(before);
  });
});
