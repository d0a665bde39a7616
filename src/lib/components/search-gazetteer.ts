import { apiRequest, type ApiResult } from '$lib/dashboard/api-request';
import { gazetteerHitsFrom, type GazetteerHit } from '$lib/dashboard/api-responses';

/** Gazetteer entries whose names match `query` (GET /api/gazetteer), or the server's reason. */
export function searchGazetteer(query: string): Promise<ApiResult<GazetteerHit[]>> {
  return apiRequest(`/api/gazetteer?${new URLSearchParams({ q: query })}`, gazetteerHitsFrom);
}

/** The gazetteer entries with these ids (GET /api/gazetteer?ids=), unknown ones left out. */
export function gazetteerEntries(ids: readonly string[]): Promise<ApiResult<GazetteerHit[]>> {
  return apiRequest(`/api/gazetteer?${new URLSearchParams({ ids: ids.join(',') })}`, gazetteerHitsFrom);
}
