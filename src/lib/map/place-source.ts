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

/** The article's places that have a geometry, as the GeoJSON the role layers draw. */
export function placeSourceData(
  collection: AnnotatedGeoJson,
  roleById: ReadonlyMap<string, LayerRole>
): FeatureCollection<Geometry, PlaceFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: collection.features.flatMap((feature) =>
      feature.geometry
        ? [
            {
              type: 'Feature' as const,
              geometry: feature.geometry,
              properties: {
                featureId: feature.id,
                name: feature.properties.name,
                layerRole: roleById.get(feature.id) ?? 'mentioned',
                kind: feature.properties.kind,
                mentionCount: feature.properties.mentions.length,
                ...(feature.properties.event ? { event: feature.properties.event } : {})
              }
            }
          ]
        : []
    )
  };
}
