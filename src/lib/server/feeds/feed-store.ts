import type { Row } from '@libsql/client';
import type { ArticleStore } from '../store/open-article-store';
import { guardedWrite } from '../store/writable-store';

/** A subscribed feed, as GET /api/feeds lists it. */
export interface FeedSummary {
  id: number;
  url: string;
  title: string | null;
  everyMinutes: number;
  addedAt: string;
  lastFetchedAt: string | null;
  /** '' until its first scheduled fetch is claimed. */
  nextFetchAt: string;
  lastError: string | null;
  /** Items seen, and of those the ones stored as articles. */
  items: number;
  articles: number;
}

const SUMMARY = `SELECT f.id, f.url, f.title, f.every_minutes, f.added_at, f.last_fetched_at,
  f.next_fetch_at, f.last_error,
  (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id) AS items,
  (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id AND i.article_id IS NOT NULL) AS articles
  FROM feeds f`;

const text = (value: unknown) => (value === null || value === undefined ? null : String(value));

function summary(row: Row): FeedSummary {
  return {
    id: Number(row.id),
    url: String(row.url),
    title: text(row.title),
    everyMinutes: Number(row.every_minutes),
    addedAt: String(row.added_at),
    lastFetchedAt: text(row.last_fetched_at),
    nextFetchAt: String(row.next_fetch_at),
    lastError: text(row.last_error),
    // PostgreSQL's count is a bigint, sent as a string.
    items: Number(row.items),
    articles: Number(row.articles)
  };
}

/** Every subscribed feed, oldest subscription first. */
export async function listFeeds(store: ArticleStore): Promise<FeedSummary[]> {
  const result = await store.client.execute(`${SUMMARY} ORDER BY f.id`);
  return result.rows.map(summary);
}

export async function getFeed(store: ArticleStore, id: number): Promise<FeedSummary | null> {
  const result = await store.client.execute({ sql: `${SUMMARY} WHERE f.id = ?`, args: [id] });
  return result.rows[0] ? summary(result.rows[0]) : null;
}

export interface NewFeed {
  url: string;
  title: string | null;
  everyMinutes: number;
  addedAt: string;
  nextFetchAt: string;
}

/** Subscribes to a feed: its id, and whether it is new (false when its address is already subscribed). */
export async function addFeed(store: ArticleStore, feed: NewFeed): Promise<{ id: number; created: boolean }> {
  const inserted = await guardedWrite(store, () =>
    store.client.execute({
      sql: `INSERT INTO feeds (url, title, every_minutes, added_at, next_fetch_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (url) DO NOTHING RETURNING id`,
      args: [feed.url, feed.title, feed.everyMinutes, feed.addedAt, feed.nextFetchAt]
    })
  );
  if (inserted.rows[0]) return { id: Number(inserted.rows[0].id), created: true };
  const existing = await store.client.execute({
    sql: 'SELECT id FROM feeds WHERE url = ?',
    args: [feed.url]
  });
  return { id: Number(existing.rows[0]!.id), created: false };
}

/** Ends a subscription and forgets its items (their articles stay); false when there was none. */
export async function deleteFeed(store: ArticleStore, id: number): Promise<boolean> {
  const results = await guardedWrite(store, () =>
    store.client.batch(
      [
        { sql: 'DELETE FROM feed_items WHERE feed_id = ?', args: [id] },
        { sql: 'DELETE FROM feeds WHERE id = ?', args: [id] }
      ],
      'write'
    )
  );
  return results[1]?.rowsAffected === 1;
}

/**
 * Claims a feed's scheduled fetch: moves its next fetch from `seen` (what this server read) to
 * `next`, only if no one moved it since. True for the one server whose update changed the row,
 * so servers sharing a database never fetch the same feed for the same turn.
 */
export async function claimFeed(
  store: ArticleStore,
  id: number,
  seen: string,
  next: string
): Promise<boolean> {
  const result = await guardedWrite(store, () =>
    store.client.execute({
      sql: 'UPDATE feeds SET next_fetch_at = ? WHERE id = ? AND next_fetch_at = ?',
      args: [next, id, seen]
    })
  );
  return result.rowsAffected === 1;
}

/** Records a fetch: when, its error (null when it succeeded) and, when it told one, the feed's title. */
export async function recordFetch(
  store: ArticleStore,
  id: number,
  fetch: { at: string; error: string | null; title?: string }
): Promise<void> {
  await guardedWrite(store, () =>
    store.client.execute({
      sql: `UPDATE feeds SET last_fetched_at = ?, last_error = ?, title = COALESCE(title, ?) WHERE id = ?`,
      args: [fetch.at, fetch.error, fetch.title ?? null, id]
    })
  );
}

/** Marks an item seen: true when it is new to the feed (then the caller stores it), false when known. */
export async function claimItem(
  store: ArticleStore,
  feedId: number,
  key: string,
  at: string
): Promise<boolean> {
  const result = await guardedWrite(store, () =>
    store.client.execute({
      sql: 'INSERT INTO feed_items (feed_id, key, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      args: [feedId, key, at]
    })
  );
  return result.rowsAffected === 1;
}

/** What became of a new item: the article stored for it, or why none was. */
export async function recordItem(
  store: ArticleStore,
  feedId: number,
  key: string,
  outcome: { articleId: string } | { error: string }
): Promise<void> {
  await guardedWrite(store, () =>
    store.client.execute({
      sql: 'UPDATE feed_items SET article_id = ?, error = ? WHERE feed_id = ? AND key = ?',
      args: [
        'articleId' in outcome ? outcome.articleId : null,
        'error' in outcome ? outcome.error : null,
        feedId,
        key
      ]
    })
  );
}
