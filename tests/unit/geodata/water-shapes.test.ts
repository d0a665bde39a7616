import { booleanClockwise, booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { waterShape } from '$lib/geodata/water-shapes';
import { annotateArticle } from '$lib/server/annotate-article';
// The generator is plain Node ESM; this is its own function, run on a made-up sea.
import { waterShapeFeatures } from '../../../scripts/geodata/water-shapes.mjs';

const square = (west: number, south: number, east: number, north: number): Position[] => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south]
];

// Two basins of water joined at lon 10, one big island (about 12,000 km²) and one islet (about 120 km²).
const world: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [[square(0, 0, 20, 10), square(2, 2, 3, 3), square(14, 4, 14.1, 4.1)]]
};
const curated = [
  { slug: 'west-basin', lon: 5, lat: 5 },
  { slug: 'east-basin', lon: 15, lat: 5 }
];

describe('water shapes (scripts/geodata/water-shapes.mjs)', () => {
  it('cuts the world sea at each extent, keeping big islands and dropping islets', () => {
    const features = waterShapeFeatures(world, { 'west-basin': [0, 0, 10, 10], 'east-basin': [10, 0, 20, 10] }, curated);
    expect(features.map((feature) => feature.id)).toEqual(['east-basin', 'west-basin']);
    const [east, west] = features.map((feature) => feature.geometry.coordinates);
    expect(west?.[0]).toHaveLength(2); // the outline and the big island
    expect(east?.[0]).toHaveLength(1); // the islet is gone
    const westShape: MultiPolygon = { type: 'MultiPolygon', coordinates: west ?? [] };
    expect(booleanPointInPolygon([2.5, 2.5], westShape)).toBe(false); // on the island
    expect(booleanPointInPolygon([5, 5], westShape)).toBe(true);
    expect(booleanPointInPolygon([15, 5], westShape)).toBe(false); // the other basin
    expect(booleanClockwise(west?.[0]?.[0] ?? [])).toBe(false); // RFC 7946 outer ring
  });

  it('refuses an extent that misses its sea or names no curated place', () => {
    expect(() => waterShapeFeatures(world, { 'west-basin': [10, 0, 20, 10] }, curated)).toThrow(/west-basin/);
    expect(() => waterShapeFeatures(world, { 'no-such-sea': [0, 0, 10, 10] }, curated)).toThrow(/no-such-sea/);
  });
});

describe('a named sea is drawn and exported with its shape', () => {
  it('reaches the coast it washes, far from its centre, and stops at the land', () => {
    const blackSea = waterShape('black-sea') as MultiPolygon;
    expect(booleanPointInPolygon([31.0, 45.9], blackSea)).toBe(true); // off the Odesa coast
    expect(booleanPointInPolygon([30.52, 50.45], blackSea)).toBe(false); // Kyiv, inland
    expect(booleanPointInPolygon([28.0, 41.5], blackSea)).toBe(false); // Thrace, over the Bosporus
    expect(waterShape('kremlin')).toBeUndefined();
  });

  it('puts the shape into the annotated GeoJSON, and a river still gets its point', () => {
    const text = 'Cargo ships left the port and sailed across the Black Sea, and barges waited on the Danube.';
    const geometryOf = (name: string) =>
      annotateArticle(text).features.find((feature) => feature.properties.name === name)?.geometry as
        | Polygon
        | MultiPolygon
        | { type: 'Point' };
    expect(geometryOf('Black Sea').type).toBe('MultiPolygon');
    expect(geometryOf('Danube').type).toBe('Point');
  });
});
