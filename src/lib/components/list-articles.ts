import { apiErrorReason, articleListFrom, type ArticleList } from '$lib/dashboard/api-responses';
import { articleListQuery, type ArticleFilter } from '$lib/dashboard/article-query';

/** One page of stored articles, newest first, filtered by publication date (GET /api/articles). */
export async function listArticles(
  filter: ArticleFilter
): Promise<{ ok: true; list: ArticleList } | { ok: false; reason: string }> {
  let response: Response;
  try {
    response = await fetch(`/api/articles?${articleListQuery(filter)}`);
  } catch {
    return { ok: false, reason: 'the server could not be reached' };
  }
  const body: unknown = await response.json().catch(() => undefined);
  const list = articleListFrom(body);
  if (response.ok && list) return { ok: true, list };
  return { ok: false, reason: apiErrorReason(body) ?? `the server answered ${response.status}` };
}
