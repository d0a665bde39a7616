import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { admin1CollectionSchema, countryCollectionSchema } from '$lib/map/boundaries';
import { decodeAdmin1Topology, decodeBaseTopology } from '$lib/map/decode-base-topology';
import { encodeAdmin1Topology, encodeBaseTopology } from '$lib/map/encode-base-topology';
import { admin1Fixture, countriesFixture } from './boundary-fixtures';

describe('encode → decode the base map (countries) and one country’s first-level units', () => {
  const decoded = {
    countries: decodeBaseTopology(encodeBaseTopology(countriesFixture)),
    admin1: decodeAdmin1Topology(encodeAdmin1Topology(admin1Fixture))
  };

  it('keeps every feature, its id and its properties', () => {
    for (const [before, after] of [
      [countriesFixture, decoded.countries],
      [admin1Fixture, decoded.admin1]
    ] as const) {
      expect(after.features.map((feature) => feature.id)).toEqual(
        before.features.map((feature) => feature.id)
      );
      expect(after.features.map((feature) => feature.properties)).toEqual(
        before.features.map((feature) => feature.properties)
      );
    }
  });

  it('keeps every vertex to within the quantization step', () => {
    // Topology may start a ring at another vertex (arcs split at junctions), so compare as sets.
    const [original] = admin1Fixture.features[0]!.geometry.coordinates as number[][][];
    const [roundTripped] = decoded.admin1.features[0]!.geometry.coordinates as number[][][];
    expect(roundTripped).toHaveLength(original!.length);
    for (const [lon, lat] of original!) {
      const nearest = Math.min(...roundTripped!.map(([x, y]) => Math.hypot(x! - lon!, y! - lat!)));
      expect(nearest).toBeLessThan(1e-3);
    }
  });
});

describe('geodata/*.geojson', () => {
  const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

  it('countries.geojson has the shape the map reads', () => {
    const countries = countryCollectionSchema.parse(read('geodata/countries.geojson'));
    expect(countries.features.map((feature) => feature.id)).toEqual(
      expect.arrayContaining(['UA', 'RU', 'PL'])
    );
  });

  it("admin1.geojson has the shape the map reads, with Ukraine's 27 units", () => {
    const admin1 = admin1CollectionSchema.parse(read('geodata/admin1.geojson'));
    expect(admin1.features.filter((feature) => feature.properties.country === 'UA')).toHaveLength(27);
  });

  it('admin1/<CC>.geojson: one file per country, each of its own units, in the shape the map reads', () => {
    const files = readdirSync('geodata/admin1').filter((name) => name.endsWith('.geojson'));
    expect(files.length).toBeGreaterThan(150);
    for (const name of ['UA', 'MA', 'BR', 'JP', 'US']) {
      const units = admin1CollectionSchema.parse(read(`geodata/admin1/${name}.geojson`)).features;
      expect(units.every((unit) => unit.properties.country === name && unit.id.startsWith(`${name}-`))).toBe(
        true
      );
    }
    // Ukraine's are the screen-quality units of admin1.geojson.
    const screen = read('geodata/admin1.geojson') as { features: { properties: { country: string } }[] };
    expect(read('geodata/admin1/UA.geojson')).toEqual({
      type: 'FeatureCollection',
      features: screen.features.filter((unit) => unit.properties.country === 'UA')
    });
  });
});
