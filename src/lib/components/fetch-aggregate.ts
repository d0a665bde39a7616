import { aggregateUnitsFrom, apiErrorReason } from '$lib/dashboard/api-responses';
import type { UnitCounts } from '$lib/map/aggregate-scale';

/** Per first-level unit, how many stored articles, claims and figures concern it (GET /api/aggregate). */
export async function fetchAggregate(
  fetcher: typeof fetch = fetch
): Promise<{ ok: true; units: UnitCounts[] } | { ok: false; reason: string }> {
  let response: Response;
  try {
    response = await fetcher('/api/aggregate');
  } catch {
    return { ok: false, reason: 'the server could not be reached' };
  }
  const body: unknown = await response.json().catch(() => undefined);
  const units = aggregateUnitsFrom(body);
  if (response.ok && units) return { ok: true, units };
  return { ok: false, reason: apiErrorReason(body) ?? `the server answered ${response.status}` };
}
