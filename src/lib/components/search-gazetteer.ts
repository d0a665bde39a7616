import { apiErrorReason, gazetteerHitsFrom, type GazetteerHit } from '$lib/dashboard/api-responses';

/** Gazetteer entries whose names match `query` (GET /api/gazetteer), or the server's reason. */
export async function searchGazetteer(
  query: string
): Promise<{ ok: true; hits: GazetteerHit[] } | { ok: false; reason: string }> {
  let response: Response;
  try {
    response = await fetch(`/api/gazetteer?${new URLSearchParams({ q: query })}`);
  } catch {
    return { ok: false, reason: 'the server could not be reached' };
  }
  const body: unknown = await response.json().catch(() => undefined);
  const hits = gazetteerHitsFrom(body);
  if (response.ok && hits) return { ok: true, hits };
  return { ok: false, reason: apiErrorReason(body) ?? `the server answered ${response.status}` };
}
