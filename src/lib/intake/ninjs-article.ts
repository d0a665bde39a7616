import { htmlArticle } from './html-article';
import type { Extraction } from './extracted-article';
import { publicationDay } from './publication-day';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);

/**
 * Whether a parsed JSON value is an IPTC ninjs news item: an object with a `uri` (ninjs 1.x and
 * 2.x require it) and a body (`body_text` or `body_html`), and no GeoJSON `type`.
 */
export function isNinjsItem(value: unknown): value is Record<string, unknown> {
  return (
    isRecord(value) &&
    typeof value.uri === 'string' &&
    (typeof value.body_text === 'string' || typeof value.body_html === 'string') &&
    value.type !== 'FeatureCollection'
  );
}

/**
 * The article in an IPTC ninjs item: `body_text`, else the text of `body_html` (paragraphs
 * kept); `headline` as title; `byline`; `versioncreated`, else `firstcreated`, as publication
 * day; `uri` as address when it is http(s). An item without a body is refused with the reason.
 */
export function ninjsArticle(item: unknown): Extraction {
  if (!isNinjsItem(item))
    return { ok: false, reason: 'a ninjs item is an object with a "uri" and a "body_text" or "body_html"' };
  let body = text(item.body_text);
  if (!body && text(item.body_html)) {
    const fromHtml = htmlArticle(
      `<!doctype html><html><body><article>${item.body_html}</article></body></html>`
    );
    body = fromHtml.ok ? fromHtml.article.text : undefined;
  }
  if (!body) return { ok: false, reason: 'the ninjs item has an empty body' };
  const title = text(item.headline)?.replace(/\s+/g, ' ').trim();
  const byline = text(item.byline)?.replace(/\s+/g, ' ').trim();
  const published = publicationDay(text(item.versioncreated)) ?? publicationDay(text(item.firstcreated));
  const url = /^https?:\/\//i.test(item.uri as string) ? (item.uri as string) : undefined;
  return {
    ok: true,
    article: {
      text: body,
      ...(title ? { title } : {}),
      ...(byline ? { byline } : {}),
      ...(published ? { published } : {}),
      ...(url ? { url } : {})
    }
  };
}
