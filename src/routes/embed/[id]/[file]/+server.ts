import { articleIdParameter } from '$lib/server/api/article-id';
import { embedFileResponse } from '$lib/server/publish/embed-response';
import { publicationData, publishedAssets } from '$lib/server/publish/published-folder';
import { pageNotFound } from '$lib/server/page-not-found';
import { articleStore } from '$lib/server/store/article-store';
import { reviewedArticle } from '$lib/server/store/reviewed-article';
import type { RequestHandler } from './$types';

/** One file of the published view: a script or stylesheet, or the article's data as reviewed now. */
export const GET: RequestHandler = async ({ params, url }) => {
  const id = articleIdParameter(params.id);
  if (!id) return pageNotFound();
  const asset = (await publishedAssets()).get(params.file);
  if (asset && params.file !== 'index.html') return embedFileResponse(params.file, asset);
  const reviewed = await reviewedArticle(await articleStore(), id);
  if (!reviewed) return pageNotFound();
  const dashboard = new URL(`/?article=${id}`, url.origin).href;
  const data = (await publicationData(reviewed.annotated, { dashboard })).get(params.file);
  return data ? embedFileResponse(params.file, data) : pageNotFound();
};
