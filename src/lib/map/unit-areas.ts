import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import type { LayerRole } from '$lib/map/layer-roles';
import { baseSourceIds } from './base-ids';
import { placeProperties, type PlaceFeatureProperties } from './place-source';

/** The base map's two area sources a role area can be drawn on. */
export type UnitSource = typeof baseSourceIds.countries | typeof baseSourceIds.admin1;

/** A place drawn on the base map's own feature: which source, which unit, what it carries. */
export interface UnitArea {
  source: UnitSource;
  code: string;
  place: PlaceFeatureProperties;
}

/**
 * The key in a unit-area layer's `metadata`: unit code → the place it stands for, so hit-testing,
 * popups and tests read the place from the layer (the base feature carries only its own code).
 */
export const unitPlacesMetadataKey = 'wiremap:unit-places';

/** Which base source holds `code` (a country or a loaded first-level unit), if any. */
export type UnitSourceOf = (code: string) => UnitSource | undefined;

/** The lookup of the base map's own area features, from the base style's two collections. */
export function unitSourceOf(
  countries: { features: readonly { id: string }[] },
  admin1: { features: readonly { id: string }[] }
): UnitSourceOf {
  const sources = new Map<string, UnitSource>();
  for (const unit of countries.features) sources.set(unit.id, baseSourceIds.countries);
  for (const unit of admin1.features) sources.set(unit.id, baseSourceIds.admin1);
  return (code) => sources.get(code);
}

/**
 * The article's role areas that are one country or first-level unit the base map already holds:
 * they are styled on the base map's feature by code (like the aggregate and unit-pick layers),
 * so their polygon is not handed to MapLibre a second time. Sets and outlines the base map
 * lacks stay in the places source, and so does a second place on a unit already drawn. Keyed
 * by feature id.
 */
export function unitAreas(
  collection: AnnotatedGeoJson,
  roleById: ReadonlyMap<string, LayerRole>,
  sourceOf: UnitSourceOf
): Map<string, UnitArea> {
  const areas = new Map<string, UnitArea>();
  const taken = new Set<string>();
  for (const feature of collection.features) {
    const { ref } = feature.properties;
    const code = 'country' in ref ? ref.country : 'admin1' in ref ? ref.admin1 : undefined;
    const source = code === undefined ? undefined : sourceOf(code);
    if (!code || !source || !feature.geometry || feature.geometry.type === 'Point') continue;
    // A unit stands for one place: a second place on the same unit keeps its own polygon.
    if (taken.has(code)) continue;
    taken.add(code);
    areas.set(feature.id, { source, code, place: placeProperties(feature, roleById) });
  }
  return areas;
}

/** Where the page finds the places drawn on base-map units: read back from the style's layers. */
export interface UnitPlaces {
  /** The place a rendered base feature stands for, if a unit-area layer drew it. */
  placeAt(source: string, code: string): PlaceFeatureProperties | undefined;
  /** The feature-state target of a place: its unit on a base source, else `fallback`. */
  stateTarget(featureId: string, fallback: string): { source: string; id: string };
  /** Ids of the layers that draw them. */
  layerIds: string[];
}

/** The unit areas a style draws (the `unitPlacesMetadataKey` of its layers). */
export function unitPlacesOf(
  layers: readonly { id: string; source?: unknown; metadata?: unknown }[]
): UnitPlaces {
  const byUnit = new Map<string, PlaceFeatureProperties>();
  const byFeature = new Map<string, { source: string; id: string }>();
  const layerIds: string[] = [];
  for (const layer of layers) {
    const places = (layer.metadata as Record<string, unknown> | undefined)?.[unitPlacesMetadataKey] as
      Record<string, PlaceFeatureProperties> | undefined;
    if (!places || typeof layer.source !== 'string') continue;
    layerIds.push(layer.id);
    for (const [code, place] of Object.entries(places)) {
      byUnit.set(`${layer.source}:${code}`, place);
      byFeature.set(place.featureId, { source: layer.source, id: code });
    }
  }
  return {
    placeAt: (source, code) => byUnit.get(`${source}:${code}`),
    stateTarget: (featureId, fallback) => byFeature.get(featureId) ?? { source: fallback, id: featureId },
    layerIds
  };
}
