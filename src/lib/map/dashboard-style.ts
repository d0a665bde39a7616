import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import type { LayerRole } from '$lib/map/layer-roles';
import { baseLayerIds } from './base-ids';
import { baseStyle, type BaseStyleOptions } from './base-style';
import type { MapPalette } from './palette';
import { roleLayers, roleSources } from './role-layers';
import { withPlaceUnitLabelsApart } from './place-unit-labels';
import { unitAreas, unitSourceOf } from './unit-areas';

/** Layers drawn on the base map's own sources, around the article's areas. */
export interface DashboardOverlays {
  /** Under the article's areas (the aggregate choropleth; the role fills are then hidden). @default [] */
  belowAreas?: LayerSpecification[];
  /** Over the article's areas, under the boundaries and names (units being picked). @default [] */
  aboveAreas?: LayerSpecification[];
}

/**
 * The base map with the article's role layers: areas just above the admin-1 fill (so
 * boundaries and names stay legible on top of them), pins and links above everything;
 * `overlays` go below and above the areas.
 */
export function dashboardStyle(
  palette: MapPalette,
  options: BaseStyleOptions,
  collection: AnnotatedGeoJson,
  roleById: ReadonlyMap<string, LayerRole>,
  visible: readonly LayerRole[],
  overlays: DashboardOverlays = {}
): StyleSpecification {
  const base = baseStyle(palette, options);
  // Areas of the base map's own units are styled on its features by code, not shipped again.
  const units = unitAreas(collection, roleById, unitSourceOf(options.countries, options.admin1));
  const { areas: roleAreas, marks } = roleLayers(collection, visible, units);
  // Under a choropleth the role fills would tint it into colours not on its ramp: outlines only.
  const areas = overlays.belowAreas?.length
    ? roleAreas.map((layer) =>
        layer.type === 'fill' ? { ...layer, layout: { ...layer.layout, visibility: 'none' as const } } : layer
      )
    : roleAreas;
  const { layers: baseLayers, placeLabels } = withPlaceUnitLabelsApart(base.layers, collection, roleById);
  const split = base.layers.findIndex((layer) => layer.id === baseLayerIds.admin1Fill) + 1;
  return {
    ...base,
    name: 'wiremap dashboard',
    sources: { ...base.sources, ...roleSources(collection, roleById, units) },
    layers: [
      ...baseLayers.slice(0, split),
      ...(overlays.belowAreas ?? []),
      ...areas,
      ...(overlays.aboveAreas ?? []),
      ...baseLayers.slice(split),
      ...marks,
      ...placeLabels
    ]
  };
}
