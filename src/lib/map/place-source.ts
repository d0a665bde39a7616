import type { FeatureCollection, Geometry } from 'geojson';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import type { LayerRole } from '$lib/map/layer-roles';

/** What a drawn place carries into MapLibre: flat values only (MapLibre stringifies nested ones). */
export interface PlaceFeatureProperties {
  featureId: string;
  name: string;
  layerRole: LayerRole;
  kind: string;
  mentionCount: number;
  /** What happens there (attack, disaster, talks…), when the place is an event location. */
  event?: string;
}

/** The properties one drawn place carries (on the places source or in a unit-area layer). */
export function placeProperties(
  feature: AnnotatedGeoJson['features'][number],
  roleById: ReadonlyMap<string, LayerRole>
): PlaceFeatureProperties {
  return {
    featureId: feature.id,
    name: feature.properties.name,
    layerRole: roleById.get(feature.id) ?? 'mentioned',
    kind: feature.properties.kind,
    mentionCount: feature.properties.mentions.length,
    ...(feature.properties.event ? { event: feature.properties.event } : {})
  };
}

/**
 * The article's places that have a geometry, as the GeoJSON the role layers draw; those in
 * `drawnOnBase` (unitAreas: a unit of the base map) are left out, their areas styled by code.
 */
export function placeSourceData(
  collection: AnnotatedGeoJson,
  roleById: ReadonlyMap<string, LayerRole>,
  drawnOnBase: ReadonlySet<string> | ReadonlyMap<string, unknown> = new Set()
): FeatureCollection<Geometry, PlaceFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: collection.features.flatMap((feature) =>
      feature.geometry && !drawnOnBase.has(feature.id)
        ? [
            {
              type: 'Feature' as const,
              geometry: feature.geometry,
              properties: placeProperties(feature, roleById)
            }
          ]
        : []
    )
  };
}
