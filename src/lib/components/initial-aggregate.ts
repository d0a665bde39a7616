import type { LayerSpecification } from 'maplibre-gl';
import type { AggregateMeasure } from '$lib/map/aggregate-measures';
import type { UnitCounts } from '$lib/map/aggregate-scale';
import { fetchAggregate } from './fetch-aggregate';

/** The layer across stored articles as a page opens with it: the counts and their choropleth. */
export interface InitialAggregate {
  units: UnitCounts[];
  layers: LayerSpecification[];
}

/**
 * The layer across stored articles for a page opened with it on (a permalink with `across`),
 * fetched beside the page's own data and boundaries (`drawable` waits for those), so that the first style already has the choropleth and the
 * panel needs no second fetch. The layer code loads only when asked for. Null when the counts
 * could not be fetched (the panel then tries again and says why).
 */
export async function initialAggregate(
  fetcher: typeof fetch,
  measure: AggregateMeasure,
  drawable: Promise<(code: string) => boolean>
): Promise<InitialAggregate | null> {
  const [{ aggregateLayers }, counts, onBaseMap] = await Promise.all([
    import('$lib/map/aggregate-layers'),
    fetchAggregate(fetcher),
    drawable
  ]);
  if (!counts.ok) return null;
  const layers = aggregateLayers(
    counts.value.filter((row) => onBaseMap(row.unit)),
    measure
  );
  return { units: counts.value, layers };
}
