import { articleTables } from '$lib/annotated/csv/article-tables';
import { csvText } from '$lib/annotated/csv/csv-text';
import { exportFileName } from '$lib/dashboard/export-file-name';
import { articleIdParameter } from '$lib/server/api/article-id';
import { csvTableSchema } from '$lib/server/api/csv-table';
import { jsonError } from '$lib/server/api/json-error';
import { articleStore } from '$lib/server/store/article-store';
import { reviewedArticle } from '$lib/server/store/reviewed-article';
import type { RequestHandler } from './$types';

/** One CSV table of the reviewed article (mentions, claims, quotes or figures), as a download. */
export const GET: RequestHandler = async ({ params }) => {
  const id = articleIdParameter(params.id);
  if (!id) return jsonError(400, 'the id must be a sha256 in lower-case hex (64 characters)');
  const table = csvTableSchema.safeParse(params.table);
  if (!table.success) return jsonError(404, `no table ${params.table}: ${table.error.issues[0]!.message}`);
  const reviewed = await reviewedArticle(await articleStore(), id);
  if (!reviewed) return jsonError(404, `no article ${id}`);
  const name = exportFileName(reviewed.annotated.article.title).replace(/\.geojson$/, `-${table.data}.csv`);
  return new Response(csvText(articleTables(reviewed.annotated)[table.data]), {
    headers: {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="${name}"`
    }
  });
};
