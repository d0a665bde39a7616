import type { Extraction } from './extracted-article';
import type { FeedItem } from './feed';

/** The most characters of a feed's title kept as an article's agency. */
const AGENCY_CHARACTERS = 120;

/**
 * The article for a new feed item: the text of its linked page (read with Readability) when the
 * page was fetched and held one, else the item's own content or summary; the item's title, day
 * and link before the page's; the feed's title as agency. Refused with the reason when neither
 * the page nor the item holds any text.
 */
export function feedItemArticle(
  item: FeedItem,
  page: Extraction | undefined,
  feedTitle: string | undefined
): Extraction {
  const fromPage = page?.ok ? page.article : undefined;
  const text = fromPage?.text ?? item.text;
  if (!text)
    return {
      ok: false,
      reason: page && !page.ok ? `the item has no text, and its page: ${page.reason}` : 'the item has no text'
    };
  const title = item.title ?? fromPage?.title;
  const published = item.published ?? fromPage?.published;
  const url = item.link ?? fromPage?.url;
  const agency = feedTitle?.slice(0, AGENCY_CHARACTERS).trim();
  const byline = fromPage?.byline;
  return {
    ok: true,
    article: {
      text,
      ...(title ? { title } : {}),
      ...(published ? { published } : {}),
      ...(url ? { url } : {}),
      ...(agency ? { agency } : {}),
      ...(byline ? { byline } : {})
    }
  };
}
