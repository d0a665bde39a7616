import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { geodataFile } from './geodata-file';

/**
 * A lookup of the MultiPolygons of a generated geodata file by feature id (the curated slug),
 * reading the file once on first use (Node only); undefined for an id the file does not hold.
 */
export function shapesFile(name: string): (slug: string) => MultiPolygon | undefined {
  let shapes: Map<string, MultiPolygon> | undefined;
  return (slug) => {
    if (!shapes) {
      const collection = JSON.parse(readFileSync(geodataFile(name), 'utf8')) as FeatureCollection<MultiPolygon>;
      shapes = new Map(collection.features.map((feature) => [String(feature.id), feature.geometry]));
    }
    return shapes.get(slug);
  };
}
