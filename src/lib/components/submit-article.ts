import { apiRequest, type ApiResult } from '$lib/dashboard/api-request';
import { storedArticleIdFrom } from '$lib/dashboard/api-responses';

/**
 * Stores an article: its text (analysed on the server) or an exported annotated GeoJSON
 * (imported with its edits). Resolves to the stored article's id or to the server's reason.
 */
export function submitArticle(
  content: string,
  kind: 'text' | 'geojson' = 'text'
): Promise<ApiResult<string>> {
  return apiRequest('/api/articles', storedArticleIdFrom, {
    method: 'POST',
    headers: { 'content-type': kind === 'text' ? 'application/json' : 'application/geo+json' },
    body: kind === 'text' ? JSON.stringify({ text: content }) : content
  });
}

/** Stores a dropped or chosen file: an export (.geojson, .json) is imported, anything else analysed as text. */
export async function submitFile(file: File): Promise<ApiResult<string>> {
  return submitArticle(await file.text(), /\.(geo)?json$/i.test(file.name) ? 'geojson' : 'text');
}
