import { articleIdParameter } from '$lib/server/api/article-id';
import { jsonError } from '$lib/server/api/json-error';
import { exportFileName } from '$lib/dashboard/export-file-name';
import { exportJson } from '$lib/server/export-json';
import { articleStore } from '$lib/server/store/article-store';
import { reviewedArticle } from '$lib/server/store/reviewed-article';
import type { RequestHandler } from './$types';

/** The export: the annotated GeoJSON with the edits applied and recorded, as a download. */
export const GET: RequestHandler = async ({ params }) => {
  const id = articleIdParameter(params.id);
  if (!id) return jsonError(400, 'the id must be a sha256 in lower-case hex (64 characters)');
  const reviewed = await reviewedArticle(await articleStore(), id);
  if (!reviewed) return jsonError(404, `no article ${id}`);
  return new Response(exportJson(reviewed.annotated), {
    headers: {
      'content-type': 'application/geo+json',
      'content-disposition': `attachment; filename="${exportFileName(reviewed.annotated.article.title)}"`
    }
  });
};
