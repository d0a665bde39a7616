import { parseFeed, type ParsedFeed } from '$lib/intake/feed';
import { fetchAllowedHosts, fetchedPage, type FetchKind } from '../fetched-page';

/** The media types a feed is served as. */
export const FEED_DOCUMENT: FetchKind = {
  types: [
    'application/rss+xml',
    'application/atom+xml',
    'application/xml',
    'text/xml',
    'application/rdf+xml'
  ],
  noun: 'an RSS or Atom feed'
};

export type FetchedFeed =
  { ok: true; feed: ParsedFeed } | { ok: false; status: 400 | 403 | 422; reason: string };

/** The hosts fetched though private (WIREMAP_FETCH_ALLOWED_HOSTS), read at each fetch. */
export const allowedHosts = () => fetchAllowedHosts(process.env.WIREMAP_FETCH_ALLOWED_HOSTS);

/**
 * The feed at `url`, fetched under the same guards, size limit and timeout as a page (fetchedPage)
 * and parsed, or why not: 400 not an address, 403 a private address, 422 the address gave no
 * feed (unreachable, an error status, too large, not XML, not RSS or Atom).
 */
export async function fetchFeed(url: string): Promise<FetchedFeed> {
  const fetched = await fetchedPage(url, allowedHosts(), FEED_DOCUMENT);
  if (!fetched.ok)
    return { ok: false, status: fetched.status === 502 ? 422 : fetched.status, reason: fetched.reason };
  const parsed = parseFeed(fetched.html);
  return parsed.ok ? parsed : { ok: false, status: 422, reason: `${new URL(url).host}: ${parsed.reason}` };
}
