import type { LayerSpecification } from 'maplibre-gl';
import type { AggregateMeasure } from '$lib/map/aggregate-measures';
import { fetchAggregate } from './fetch-aggregate';

/**
 * The counts for a page opened with the layer across stored articles on (a permalink with
 * `across`), fetched beside the page's own data, and the function that turns them into layers:
 * the first style then has the choropleth, rather than a second one a moment later. Both load
 * only when asked for, so a page without the layer downloads neither.
 */
export async function initialAggregate(fetcher: typeof fetch) {
  const [{ aggregateLayers }, counts] = await Promise.all([
    import('$lib/map/aggregate-layers'),
    fetchAggregate(fetcher)
  ]);
  return {
    /** The choropleth of `measure` over the units `drawable` says the base map has. */
    layers(measure: AggregateMeasure, drawable: (code: string) => boolean): LayerSpecification[] {
      if (!counts.ok) return [];
      return aggregateLayers(
        counts.units.filter((row) => drawable(row.unit)),
        measure
      );
    }
  };
}
