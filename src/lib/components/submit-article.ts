import { apiRequest, type ApiResult } from '$lib/dashboard/api-request';
import { storedArticleIdFrom } from '$lib/dashboard/api-responses';

/** What the paste form sends: the text and what the analyst knows of it, or a saved web page. */
export type NewArticle =
  | { text: string; title?: string; url?: string; published?: string; agency?: string; byline?: string }
  | { html: string };

/** The body and media type `POST /api/articles` reads a new article from. */
function articleBody(article: NewArticle): { type: string; body: string } {
  if ('html' in article) return { type: 'text/html', body: article.html };
  return { type: 'application/json', body: JSON.stringify(article) };
}

/**
 * Stores an article: its text with its title, address and day (analysed on the server), a web
 * page (its article read by the server) or an exported annotated GeoJSON (imported with its
 * edits). Resolves to the stored article's id or to the server's reason.
 */
export function submitArticle(
  article: NewArticle | string,
  kind: 'text' | 'geojson' = 'text'
): Promise<ApiResult<string>> {
  const { type, body } =
    typeof article !== 'string'
      ? articleBody(article)
      : kind === 'geojson'
        ? { type: 'application/geo+json', body: article }
        : articleBody({ text: article });
  return apiRequest('/api/articles', storedArticleIdFrom, {
    method: 'POST',
    headers: { 'content-type': type },
    body
  });
}

/** Whether a file's name says it is a saved web page. */
export const isHtmlFile = (file: File) => /\.x?html?$/i.test(file.name) || file.type === 'text/html';

/**
 * Stores a dropped or chosen file: an export (.geojson, .json) is imported, a saved web page
 * (.html, .htm) has its article read, anything else is analysed as text.
 */
export async function submitFile(file: File): Promise<ApiResult<string>> {
  const content = await file.text();
  if (isHtmlFile(file)) return submitArticle({ html: content });
  return submitArticle(content, /\.(geo)?json$/i.test(file.name) ? 'geojson' : 'text');
}
