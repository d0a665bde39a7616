import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { approximatePlacement } from '$lib/annotated/approximate-placement';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { roleSourceIds } from './role-layers';

/** Layer ids that mark approximate placements on the map. */
export const approximateLayerIds = { ring: 'approximate-ring', outline: 'approximate-outline' } as const;

/**
 * Layers that mark the article's approximate placements (approximatePlacement) on the places
 * source: a wide ring around a borrowed point (under its pin), a dashed outline around a set
 * that does not match the text's count. Data only; none when nothing is approximate.
 */
export function approximateLayers(collection: AnnotatedGeoJson, colour: string): LayerSpecification[] {
  const ids = collection.features.filter(approximatePlacement).map((feature) => feature.id);
  if (!ids.length) return [];
  const approximate: ExpressionSpecification = ['in', ['get', 'featureId'], ['literal', ids]];
  return [
    {
      id: approximateLayerIds.ring,
      type: 'circle',
      source: roleSourceIds.places,
      filter: ['all', approximate, ['==', ['geometry-type'], 'Point']],
      paint: {
        'circle-radius': 13,
        'circle-opacity': 0,
        'circle-stroke-width': 2,
        'circle-stroke-color': colour,
        'circle-stroke-opacity': 0.8
      }
    },
    {
      id: approximateLayerIds.outline,
      type: 'line',
      source: roleSourceIds.places,
      filter: ['all', approximate, ['!=', ['geometry-type'], 'Point']],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': colour, 'line-width': 2, 'line-dasharray': [1, 2], 'line-offset': -3 }
    }
  ];
}
