import { dateRangeQuerySchema } from '$lib/server/api/date-range-query';
import { queryParameters } from '$lib/server/api/query-parameters';
import { articleStore } from '$lib/server/store/article-store';
import { exportArticles } from '$lib/server/store/export-articles';
import type { RequestHandler } from './$types';

/**
 * Every stored article (`from`/`to` filter by day) as its annotated GeoJSON export, one per line
 * (NDJSON), streamed: each line imports back with `POST /api/articles`.
 */
export const GET: RequestHandler = async ({ url }) => {
  const query = queryParameters(url, dateRangeQuerySchema);
  if (!query.ok) return query.response;
  const stream = exportArticles(await articleStore(), query.value);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      'content-type': 'application/x-ndjson; charset=utf-8',
      'content-disposition': `attachment; filename="wiremap-export-${day}.ndjson"`
    }
  });
};
