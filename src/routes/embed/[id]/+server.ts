import { articleIdParameter } from '$lib/server/api/article-id';
import { embedPage } from '$lib/server/publish/embed-response';
import { publishedAssets } from '$lib/server/publish/published-folder';
import { pageNotFound } from '$lib/server/page-not-found';
import { articleStore } from '$lib/server/store/article-store';
import { reviewedArticle } from '$lib/server/store/reviewed-article';
import type { RequestHandler } from './$types';

/** The published, read-only view of a stored article, to frame on another site (see PublishPanel). */
export const GET: RequestHandler = async ({ params }) => {
  const id = articleIdParameter(params.id);
  if (!id || !(await reviewedArticle(await articleStore(), id))) return pageNotFound();
  return embedPage((await publishedAssets()).get('index.html')!, id);
};
