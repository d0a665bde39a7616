import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';

/** [longitude, latitude] in degrees. */
export type LonLat = [lon: number, lat: number];

/** Properties every labelled area carries: where its label goes. */
export interface LabelAnchor {
  id: string;
  labelLon: number;
  labelLat: number;
}

/**
 * One point per area, at its label anchor (or at `anchorOverrides[id]`), keeping the area's
 * id and properties.
 */
export function labelPoints<P extends LabelAnchor>(
  areas: FeatureCollection<Geometry, P>,
  anchorOverrides: Readonly<Record<string, LonLat>> = {}
): FeatureCollection<Point, P> {
  return {
    type: 'FeatureCollection',
    features: areas.features.map((area): Feature<Point, P> => {
      const { id, labelLon, labelLat } = area.properties;
      return {
        type: 'Feature',
        id,
        properties: area.properties,
        geometry: { type: 'Point', coordinates: anchorOverrides[id] ?? [labelLon, labelLat] }
      };
    })
  };
}
