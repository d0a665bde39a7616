import { json } from '@sveltejs/kit';
import { dateRangeQuerySchema } from '$lib/server/api/date-range-query';
import { queryParameters } from '$lib/server/api/query-parameters';
import { articleStore } from '$lib/server/store/article-store';
import { unitAggregate } from '$lib/server/store/unit-aggregate';
import type { RequestHandler } from './$types';

/** Per first-level unit, how many stored articles, claims and figures concern it: `{units}`. */
export const GET: RequestHandler = async ({ url }) => {
  const query = queryParameters(url, dateRangeQuerySchema);
  if (!query.ok) return query.response;
  return json({ units: await unitAggregate(await articleStore(), query.value) });
};
