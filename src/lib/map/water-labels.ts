import type { FeatureCollection, Point } from 'geojson';

/** Seas named on the base map, anchored where the Ukraine view shows them. */
export const waterLabelPoints: FeatureCollection<Point, { name: string }> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'Black Sea' },
      geometry: { type: 'Point', coordinates: [31.3, 44.5] }
    },
    {
      type: 'Feature',
      properties: { name: 'Sea of Azov' },
      geometry: { type: 'Point', coordinates: [36.6, 46.2] }
    }
  ]
};
