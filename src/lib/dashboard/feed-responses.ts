// GET/POST /api/feeds as the dashboard reads them, checked by hand (see api-responses.ts).

/** A subscribed feed, as GET /api/feeds lists it. */
export interface FeedStatus {
  id: number;
  url: string;
  title: string | null;
  everyMinutes: number;
  lastFetchedAt: string | null;
  lastError: string | null;
  items: number;
  articles: number;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isStringOrNull = (value: unknown) => value === null || typeof value === 'string';

function isFeedStatus(value: unknown): value is FeedStatus {
  return (
    isObject(value) &&
    isCount(value.id) &&
    typeof value.url === 'string' &&
    isStringOrNull(value.title) &&
    isCount(value.everyMinutes) &&
    isStringOrNull(value.lastFetchedAt) &&
    isStringOrNull(value.lastError) &&
    isCount(value.items) &&
    isCount(value.articles)
  );
}

/** GET /api/feeds: `{feeds}`. */
export function feedListFrom(body: unknown): FeedStatus[] | undefined {
  return isObject(body) && Array.isArray(body.feeds) && body.feeds.every(isFeedStatus)
    ? body.feeds
    : undefined;
}

/** POST /api/feeds and POST /api/feeds/:id/refresh: `{feed}`. */
export function feedFrom(body: unknown): FeedStatus | undefined {
  return isObject(body) && isFeedStatus(body.feed) ? body.feed : undefined;
}

/** A feed's status in words: never fetched, its last error, or when it was fetched and what it gave. */
export function feedStatusLine(feed: FeedStatus): string {
  const every = `every ${feed.everyMinutes} min`;
  const counts = `${feed.articles} article${feed.articles === 1 ? '' : 's'} from ${feed.items} item${feed.items === 1 ? '' : 's'}`;
  if (!feed.lastFetchedAt) return `not fetched yet · ${every}`;
  const when = `${feed.lastFetchedAt.slice(0, 16).replace('T', ' ')} UTC`;
  if (feed.lastError) return `last fetch ${when} failed: ${feed.lastError} · ${counts} · ${every}`;
  return `fetched ${when} · ${counts} · ${every}`;
}
