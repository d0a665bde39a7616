import { decodeArticle, MAX_ARTICLE_BYTES } from '$lib/analysis/article-input';
import { articleRefusal } from '$lib/annotated/article-facts';
import { isNinjsItem, ninjsArticle } from '$lib/intake/ninjs-article';
import { extractedInput } from './extracted-input';
import { addressSubmission, pageSubmission } from './page-submission';
import { jsonError } from './json-error';
import { mediaType } from './media-type';
import { parsedJson } from './parsed-json';
import { readBody } from './read-body';
import { validationReason } from './validation-reason';
import { articleInputSchema, type ArticleInput } from '../store/store-article';

/** The largest exported annotated GeoJSON accepted for import: the text is at most 1 MB, but
 * its analysis, edits and point geometries come with it. */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

export type ArticleSubmission =
  | { kind: 'article'; input: ArticleInput }
  | { kind: 'import'; value: unknown }
  | { kind: 'refused'; response: Response };

const refused = (status: number, reason: string): ArticleSubmission => ({
  kind: 'refused',
  response: jsonError(status, reason)
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const JSON_TYPES = new Set(['application/json', 'application/geo+json', 'application/ninjs+json']);

const isFeatureCollection = (value: unknown) => isRecord(value) && value.type === 'FeatureCollection';

/**
 * Reads what was POSTed to /api/articles: a plain-text article, a JSON article
 * `{text, title?, url?, published?, agency?, byline?}`, an HTML page or its address (page-submission.ts), an IPTC ninjs
 * item (`application/ninjs+json`, or JSON with `uri` and `body_text`/`body_html`), or an exported annotated GeoJSON to import
 * (`application/geo+json`, or JSON whose `type` is FeatureCollection). Anything else is
 * refused with the response to send: 415 type, 413 size, 400 empty or malformed, and what
 * articleRefusal refuses of the article (its text, title or address) with its status.
 */
export async function articleSubmission(request: Request): Promise<ArticleSubmission> {
  const type = mediaType(request);
  if (type === 'text/plain') {
    const body = await readBody(request, MAX_ARTICLE_BYTES, 'the article');
    if (!body.ok) return { kind: 'refused', response: body.response };
    const decoded = decodeArticle(body.bytes);
    return decoded.ok ? { kind: 'article', input: { text: decoded.text } } : refused(400, decoded.reason);
  }
  if (type === 'text/html') return pageSubmission(request);
  if (type === 'text/uri-list') return addressSubmission(request);
  if (!type || !JSON_TYPES.has(type)) {
    const sent = type ? `not ${type}` : 'and say so in a Content-Type header';
    return refused(
      415,
      `send the article as text/plain, as JSON {"text": …}, as an HTML page (text/html) or its address (text/uri-list), as a ninjs item (application/ninjs+json), or an export as application/geo+json, ${sent}`
    );
  }
  const body = await readBody(request, MAX_IMPORT_BYTES, 'the body');
  if (!body.ok) return { kind: 'refused', response: body.response };
  const parsed = parsedJson(body.bytes);
  if (!parsed.ok) return refused(400, parsed.reason);
  if (type === 'application/ninjs+json' || (type === 'application/json' && isNinjsItem(parsed.value))) {
    const extracted = extractedInput(ninjsArticle(parsed.value), 'the ninjs item');
    return extracted.ok
      ? { kind: 'article', input: extracted.input }
      : refused(extracted.status, extracted.reason);
  }
  const isImport = type === 'application/geo+json' || isFeatureCollection(parsed.value);
  // Both ways in pass the same article checks, before an export's members are validated or
  // anything is analysed: those cost time, and a refusal here costs nothing.
  const facts = isImport ? (isRecord(parsed.value) ? parsed.value.article : undefined) : parsed.value;
  const refusal = isRecord(facts) ? articleRefusal(facts) : undefined;
  if (refusal)
    return refused(refusal.status, isImport ? `the export's article: ${refusal.reason}` : refusal.reason);
  if (isImport) return { kind: 'import', value: parsed.value };
  const article = articleInputSchema.safeParse(parsed.value);
  if (!article.success)
    return refused(
      400,
      `the JSON body must be {"text", "title"?, "url"?, "published"?, "agency"?, "byline"?}: ${validationReason(article.error)}`
    );
  return { kind: 'article', input: article.data };
}
