import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { geodataFile } from './geodata-file';

let shapes: Map<string, MultiPolygon> | undefined;

/**
 * The shape of a named sea or gulf by its curated slug ("black-sea"), from geodata/water.geojson
 * (the sea water inside the sea's extent; `scripts/geodata/water-shapes.mjs`), read once on first
 * use (Node only); undefined for any other place.
 */
export function waterShape(slug: string): MultiPolygon | undefined {
  if (!shapes) {
    const collection = JSON.parse(readFileSync(geodataFile('water.geojson'), 'utf8')) as FeatureCollection<MultiPolygon>;
    shapes = new Map(collection.features.map((feature) => [String(feature.id), feature.geometry]));
  }
  return shapes.get(slug);
}
