import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { baseSourceIds } from './base-ids';

/** Layer ids that show the units an analyst has picked on the map. */
export const unitPickLayerIds = { fill: 'unit-pick-fill', line: 'unit-pick-line' } as const;

/** The feature-state flag set on a picked unit of the base map's admin-1 source. */
export const pickedState = 'picked';

const picked: ExpressionSpecification = ['boolean', ['feature-state', pickedState], false];

/**
 * Layers that draw the admin-1 units flagged `picked` (feature-state), in `colour`: the picking
 * changes feature-state only, so a click never rebuilds the style.
 */
export function unitPickLayers(colour: string): LayerSpecification[] {
  return [
    {
      id: unitPickLayerIds.fill,
      type: 'fill',
      source: baseSourceIds.admin1,
      paint: { 'fill-color': colour, 'fill-opacity': ['case', picked, 0.5, 0] }
    },
    {
      id: unitPickLayerIds.line,
      type: 'line',
      source: baseSourceIds.admin1,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': colour, 'line-width': 3, 'line-opacity': ['case', picked, 1, 0] }
    }
  ];
}
