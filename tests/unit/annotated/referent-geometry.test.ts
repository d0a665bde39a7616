import { describe, expect, it } from 'vitest';
import {
  hasOutline,
  outlineCodes,
  referentGeometry,
  withOutlines,
  type Outline
} from '$lib/annotated/referent-geometry';
import { boundaryOutline } from '$lib/server/boundary-outline';
import { drawn, seedAnalysis } from '../review/seed-review';

/** A 1°×1° square at [lon, lat]. */
const square = (lon: number, lat: number): Extract<Outline, { type: 'Polygon' }> => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + 1, lat],
      [lon + 1, lat + 1],
      [lon, lat + 1],
      [lon, lat]
    ]
  ]
});
const twoParts: Outline = {
  type: 'MultiPolygon',
  coordinates: [square(0, 0).coordinates, square(5, 5).coordinates]
};
const outlines = new Map<string, Outline>([
  ['XA', square(10, 10)],
  ['XA-01', square(20, 20)],
  ['XA-02', twoParts]
]);
const outlineOf = (code: string) => outlines.get(code);

describe('referentGeometry', () => {
  it('gives a country and a unit their own outline, unchanged', () => {
    expect(referentGeometry({ country: 'XA' }, outlineOf)).toBe(outlines.get('XA'));
    expect(referentGeometry({ admin1: 'XA-02' }, outlineOf)).toBe(twoParts);
  });

  it('joins a set’s outlines into one MultiPolygon, leaving out codes without one', () => {
    const ref = { set: ['XA-01', 'XX-99', 'XA-02'], named_in_text: true, basis: 'analyst' };
    expect(referentGeometry(ref, outlineOf)).toEqual({
      type: 'MultiPolygon',
      coordinates: [square(20, 20).coordinates, ...twoParts.coordinates]
    });
  });

  it('is null for a code without an outline, a set without any, and every other referent', () => {
    expect(referentGeometry({ country: 'XB' }, outlineOf)).toBeNull();
    expect(referentGeometry({ set: ['XX-1'], named_in_text: true, basis: 'analyst' }, outlineOf)).toBeNull();
    expect(referentGeometry({ geonames: 703448 }, outlineOf)).toBeNull();
    expect(referentGeometry({ curated: 'black-sea' }, outlineOf)).toBeNull();
    expect(referentGeometry({ unresolved: 'Lota' }, outlineOf)).toBeNull();
  });

  it('names the codes it reads, and whether any has an outline', () => {
    expect(outlineCodes({ admin1: 'XA-01' })).toEqual(['XA-01']);
    expect(outlineCodes({ geonames: 1 })).toBeNull();
    expect(hasOutline({ country: 'XA' }, outlineOf)).toBe(true);
    expect(hasOutline({ country: 'XB' }, outlineOf)).toBe(false);
    expect(hasOutline({ geonames: 1 }, outlineOf)).toBe(false);
  });
});

describe('withOutlines', () => {
  it('draws the stored analysis (refs and points) into the export: outlines added, nothing else changed', () => {
    const analysis = seedAnalysis();
    const exported = withOutlines(analysis, boundaryOutline);
    expect(exported).toEqual(drawn(analysis));
    const { features, ...rest } = exported;
    const { features: stored, ...storedRest } = analysis;
    expect(rest).toEqual(storedRest);
    expect(features.map((feature) => feature.properties)).toEqual(
      stored.map((feature) => feature.properties)
    );
    const types = Object.fromEntries(features.map((feature) => [feature.id, feature.geometry?.type ?? null]));
    expect(types).toMatchObject({
      'country:UA': 'MultiPolygon',
      'admin1:UA-14': 'Polygon',
      'set:UA-09+UA-14+UA-23+UA-65': 'MultiPolygon',
      'geonames:704422': 'Point',
      'unresolved:2067': null
    });
    // The stored form has no outline at all, and stays so (the seed is frozen).
    expect(stored.every((feature) => feature.geometry === null || feature.geometry.type === 'Point')).toBe(
      true
    );
    // The outlines are most of the export (the screen boundaries of Russia, Ukraine, Donetsk…).
    expect(JSON.stringify(analysis).length).toBeLessThan(JSON.stringify(exported).length / 3);
  });
});
