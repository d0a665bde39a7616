import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanClockwise, booleanPointInPolygon, kinks } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';

type Boundary = Feature<Polygon | MultiPolygon, Record<string, unknown>>;
const read = (name: string) =>
  JSON.parse(readFileSync(join(process.cwd(), 'geodata', name), 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    Record<string, unknown>
  >;
const admin1 = read('admin1.geojson').features as Boundary[];
const countries = read('countries.geojson').features as Boundary[];

const ukraineIds = [
  'UA-05', 'UA-07', 'UA-09', 'UA-12', 'UA-14', 'UA-18', 'UA-21', 'UA-23', 'UA-26', 'UA-30', 'UA-32', 'UA-35',
  'UA-40', 'UA-43', 'UA-46', 'UA-48', 'UA-51', 'UA-53', 'UA-56', 'UA-59', 'UA-61', 'UA-63', 'UA-65', 'UA-68',
  'UA-71', 'UA-74', 'UA-77'
]; // prettier-ignore

const polygonsOf = (feature: Boundary): Position[][][] =>
  feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;

function decimals(value: number): number {
  const text = String(value);
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

function expectWellFormed(feature: Boundary) {
  for (const [exterior, ...holes] of polygonsOf(feature)) {
    for (const ring of [exterior as Position[], ...holes]) {
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      for (const [lon, lat] of ring) {
        expect(Math.abs(lon as number)).toBeLessThanOrEqual(180);
        expect(decimals(lon as number)).toBeLessThanOrEqual(5);
        expect(decimals(lat as number)).toBeLessThanOrEqual(5);
      }
    }
    // RFC 7946 right-hand rule: exterior rings counter-clockwise, holes clockwise.
    expect(booleanClockwise(exterior as Position[])).toBe(false);
    for (const hole of holes) expect(booleanClockwise(hole)).toBe(true);
  }
  const label = [feature.properties.labelLon as number, feature.properties.labelLat as number];
  expect(booleanPointInPolygon(label, feature)).toBe(true);
}

describe('admin1.geojson', () => {
  it('has the 27 Ukrainian units with ISO 3166-2 ids, including Crimea and Sevastopol in UA', () => {
    const ukraine = admin1.filter((feature) => feature.properties.country === 'UA');
    expect(ukraine.map((feature) => feature.id).sort()).toEqual(ukraineIds);
    expect(admin1.find((feature) => feature.id === 'UA-14')?.properties).toMatchObject({
      id: 'UA-14',
      name: 'Donetsk Oblast',
      shortName: 'Donetsk',
      country: 'UA'
    });
  });

  it('has the Russian units, with Moscow city as RU-MOW', () => {
    const ids = new Set(admin1.map((feature) => feature.id));
    for (const id of ['RU-ROS', 'RU-KDA', 'RU-BEL', 'RU-KRS', 'RU-BRY', 'RU-MOW', 'RU-MOS', 'RU-SPE']) {
      expect(ids.has(id)).toBe(true);
    }
    const moscow = admin1.find((feature) => feature.id === 'RU-MOW') as Boundary;
    expect(booleanPointInPolygon([37.6175, 55.752], moscow)).toBe(true);
    expect(moscow.properties.areaKm2).toBeLessThan(3000);
  });

  it('has well-formed, unkinked polygons with labels inside', () => {
    for (const feature of admin1) {
      expectWellFormed(feature);
      if (feature.properties.country === 'UA') expect(kinks(feature).features).toEqual([]);
    }
  });
});

describe('countries.geojson', () => {
  it('has alpha-2 ids for the countries wiremap needs', () => {
    const ids = new Set(countries.map((feature) => feature.id));
    for (const id of ['UA', 'RU', 'TR', 'SD', 'AE', 'US', 'XK', 'PS', 'IL']) expect(ids.has(id)).toBe(true);
    for (const feature of countries) expect(feature.id).toMatch(/^[A-Z]{2}$/);
  });

  it('puts Crimea in Ukraine, as ISO 3166 does', () => {
    const simferopol = [34.1, 44.95];
    const containing = countries.filter((feature) => booleanPointInPolygon(simferopol, feature));
    expect(containing.map((feature) => feature.id)).toEqual(['UA']);
  });

  it('has well-formed polygons with labels inside', () => {
    for (const feature of countries) expectWellFormed(feature);
  });
});
