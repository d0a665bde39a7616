import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { baseSourceIds } from './base-ids';
import { aggregateScale, scaleStops, type AggregateMeasure, type UnitCounts } from './aggregate-scale';

/** Layer ids of the aggregate choropleth. */
export const aggregateLayerIds = { fill: 'aggregate-fill', line: 'aggregate-line' } as const;

/** The key in a layer's `metadata` naming the overlay it belongs to (not a role: the legend's toggles skip it). */
export const overlayMetadataKey = 'wiremap:overlay';

/**
 * The choropleth of `measure` per first-level unit, drawn on the base map's own admin-1 source
 * (the outlines are already in the browser). Colours come from `aggregateScale` as an
 * `interpolate` over the unit's count; units counting 0 are left undrawn. Empty when nothing counts.
 *
 * @example aggregateLayers([{ unit: 'UA-63', name: 'Kharkiv Oblast', articles: 2, claims: 5, figures: 1 }], 'claims')
 */
export function aggregateLayers(
  rows: readonly UnitCounts[],
  measure: AggregateMeasure
): LayerSpecification[] {
  const counted = new Map<string, number>();
  for (const row of rows) if (row[measure] > 0) counted.set(row.unit, row[measure]);
  if (counted.size === 0) return [];
  const count = ['match', ['get', 'id'], ...[...counted].flat(), 0] as unknown as ExpressionSpecification;
  const colour = [
    'interpolate',
    ['linear'],
    count,
    ...scaleStops(aggregateScale(rows, measure)).flatMap((stop) => [stop.value, stop.colour])
  ] as ExpressionSpecification;
  const filter: ExpressionSpecification = ['in', ['get', 'id'], ['literal', [...counted.keys()]]];
  const metadata = { [overlayMetadataKey]: 'aggregate', 'wiremap:measure': measure };
  return [
    {
      id: aggregateLayerIds.fill,
      type: 'fill',
      source: baseSourceIds.admin1,
      filter,
      metadata,
      paint: { 'fill-color': colour, 'fill-opacity': 0.78 }
    },
    {
      id: aggregateLayerIds.line,
      type: 'line',
      source: baseSourceIds.admin1,
      filter,
      metadata,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': '#3b3834', 'line-width': 0.6, 'line-opacity': 0.5 }
    }
  ];
}
