import { apiRequest, type ApiResult } from '$lib/dashboard/api-request';
import { aggregateUnitsFrom } from '$lib/dashboard/api-responses';
import type { UnitCounts } from '$lib/map/aggregate-scale';

/** Per first-level unit, how many stored articles, claims and figures concern it (GET /api/aggregate). */
export function fetchAggregate(fetcher: typeof fetch = fetch): Promise<ApiResult<UnitCounts[]>> {
  return apiRequest('/api/aggregate', aggregateUnitsFrom, undefined, fetcher);
}
