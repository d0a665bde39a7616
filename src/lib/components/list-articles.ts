import { apiRequest, type ApiResult } from '$lib/dashboard/api-request';
import { articleListFrom, type ArticleList } from '$lib/dashboard/api-responses';
import { articleListQuery, type ArticleFilter } from '$lib/dashboard/article-query';

/** One page of stored articles, newest first, filtered by publication date (GET /api/articles). */
export function listArticles(filter: ArticleFilter): Promise<ApiResult<ArticleList>> {
  return apiRequest(`/api/articles?${articleListQuery(filter)}`, articleListFrom);
}
