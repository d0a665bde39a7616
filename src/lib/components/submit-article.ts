import { apiErrorReason, storedArticleIdFrom } from '$lib/dashboard/api-responses';

/**
 * Stores an article: its text (analysed on the server) or an exported annotated GeoJSON
 * (imported with its edits). Resolves to the stored article's id or to the server's reason.
 */
export async function submitArticle(
  content: string,
  kind: 'text' | 'geojson' = 'text'
): Promise<{ ok: true; id: string } | { ok: false; reason: string }> {
  let response: Response;
  try {
    response = await fetch('/api/articles', {
      method: 'POST',
      headers: { 'content-type': kind === 'text' ? 'application/json' : 'application/geo+json' },
      body: kind === 'text' ? JSON.stringify({ text: content }) : content
    });
  } catch {
    return { ok: false, reason: 'the server could not be reached' };
  }
  const body: unknown = await response.json().catch(() => undefined);
  const id = storedArticleIdFrom(body);
  if ((response.status === 201 || response.status === 200) && id) return { ok: true, id };
  return { ok: false, reason: apiErrorReason(body) ?? `the server answered ${response.status}` };
}

/** Stores a dropped or chosen file: an export (.geojson, .json) is imported, anything else analysed as text. */
export async function submitFile(
  file: File
): Promise<{ ok: true; id: string } | { ok: false; reason: string }> {
  return submitArticle(await file.text(), /\.(geo)?json$/i.test(file.name) ? 'geojson' : 'text');
}
