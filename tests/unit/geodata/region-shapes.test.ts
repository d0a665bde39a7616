import { booleanClockwise, booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { regionShape } from '$lib/geodata/region-shapes';
import { annotateArticle } from '$lib/server/annotate-article';
// The generator is plain Node ESM; this is its own function, run on made-up units.
import { memberOutlines, regionShapeFeatures } from '../../../scripts/geodata/region-shapes.mjs';

const square = (west: number, south: number, east: number, north: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south]
    ] as Position[]
  ]
});

// Two countries side by side, a first-level unit of a third one further east, and a far islet.
const outlineOf = memberOutlines(
  [
    { id: 'AA', geometry: square(0, 0, 10, 10) },
    { id: 'BB', geometry: square(10, 0, 20, 10) },
    { id: 'CC', geometry: square(40, 0, 40.05, 0.05) }
  ],
  [{ id: 'DD-01', geometry: square(30, 0, 35, 5) }]
);
const curated = [
  { slug: 'twin-lands', lon: 9, lat: 5 },
  { slug: 'far-lands', lon: 32, lat: 2 }
];

describe('region shapes (scripts/geodata/region-shapes.mjs)', () => {
  it('joins neighbouring members into one polygon and keeps apart members apart', () => {
    const [far, twin] = regionShapeFeatures(
      {
        'twin-lands': { members: ['country:AA', 'country:BB'] },
        'far-lands': { members: ['country:AA', 'admin1:DD-01', 'country:CC'] }
      },
      outlineOf,
      curated
    );
    expect(twin?.id).toBe('twin-lands');
    expect(twin?.geometry.coordinates).toHaveLength(1); // the shared border is gone
    expect(booleanPointInPolygon([15, 5], twin?.geometry as MultiPolygon)).toBe(true);
    expect(booleanClockwise(twin?.geometry.coordinates[0]?.[0] ?? [])).toBe(false); // RFC 7946 outer ring
    expect(far?.geometry.coordinates).toHaveLength(2); // AA and DD-01; the islet CC is dropped
  });

  it('refuses a member without an outline, a region that is no curated place, a union missing its point', () => {
    expect(() => regionShapeFeatures({ 'twin-lands': { members: ['country:ZZ'] } }, outlineOf, curated)).toThrow(/ZZ/);
    expect(() => regionShapeFeatures({ nowhere: { members: ['country:AA'] } }, outlineOf, curated)).toThrow(/nowhere/);
    expect(() => regionShapeFeatures({ 'twin-lands': { members: ['country:BB'] } }, outlineOf, curated)).toThrow(/twin-lands/);
  });
});

describe('a named region without an ISO code is drawn and exported as the union of its members', () => {
  it('covers its members and nothing far outside', () => {
    const darfur = regionShape('darfur') as MultiPolygon;
    expect(booleanPointInPolygon([25.35, 13.63], darfur)).toBe(true); // El Fasher, North Darfur
    expect(booleanPointInPolygon([22.45, 13.45], darfur)).toBe(true); // El Geneina, West Darfur
    expect(booleanPointInPolygon([32.53, 15.59], darfur)).toBe(false); // Khartoum
    const latinAmerica = regionShape('latin-america') as MultiPolygon;
    expect(booleanPointInPolygon([-99.13, 19.43], latinAmerica)).toBe(true); // Mexico City
    expect(booleanPointInPolygon([-58.38, -34.6], latinAmerica)).toBe(true); // Buenos Aires
    expect(booleanPointInPolygon([-95.37, 29.76], latinAmerica)).toBe(false); // Houston
    const middleEast = regionShape('middle-east') as MultiPolygon;
    expect(booleanPointInPolygon([44.36, 33.31], middleEast)).toBe(true); // Baghdad
    expect(regionShape('kremlin')).toBeUndefined();
  });

  it('puts the union into the annotated GeoJSON', () => {
    const text = 'Aid convoys crossed into Darfur, and ministers from across the Middle East and the Sahel met in Dakar.';
    const geometryOf = (name: string) =>
      annotateArticle(text).features.find((feature) => feature.properties.name === name)?.geometry?.type;
    expect(geometryOf('Darfur')).toBe('MultiPolygon');
    expect(geometryOf('Middle East')).toBe('MultiPolygon');
    expect(geometryOf('Sahel')).toBe('MultiPolygon');
    expect(geometryOf('Dakar')).toBe('Point');
  });
});
