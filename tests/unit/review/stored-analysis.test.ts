import { describe, expect, it } from 'vitest';
import { applyEdits } from '$lib/review/apply-edits';
import { restoredAnalysis, storedAnalysis } from '$lib/review/stored-analysis';
import { lookup, seedAnalysis, SIX_REGIONS, SOURCE, storedEdits } from './seed-review';

const geometryTypes = (collection: ReturnType<typeof seedAnalysis>) =>
  Object.fromEntries(collection.features.map((feature) => [feature.id, feature.geometry?.type ?? null]));

describe('storedAnalysis', () => {
  it('drops the outlines of countries, units and sets, and keeps points and the rest', () => {
    const stored = storedAnalysis(seedAnalysis());
    expect(geometryTypes(stored)).toEqual({
      'geonames:524901': 'Point',
      'country:RU': null,
      'country:UA': null,
      'curated:kremlin': 'Point',
      'unresolved:1074': null,
      'geonames:745044': 'Point',
      'set:UA-09+UA-14+UA-23+UA-65': null,
      'geonames:703448': 'Point',
      'unresolved:2067': null,
      'admin1:UA-14': null,
      'geonames:704422': 'Point'
    });
    const { features, ...rest } = stored;
    const { features: _original, ...originalRest } = seedAnalysis();
    expect(rest).toEqual(originalRest);
    expect(features.map((feature) => feature.properties)).toEqual(
      seedAnalysis().features.map((feature) => feature.properties)
    );
    // The outlines are most of the export (the screen boundaries of Russia, Ukraine, Donetsk…).
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(seedAnalysis()).length / 3);
  });

  it('leaves the review out: the edits are stored on their own', () => {
    const effective = applyEdits(seedAnalysis(), [], lookup);
    expect(storedAnalysis(effective)).not.toHaveProperty('review');
  });
});

describe('restoredAnalysis', () => {
  it('gives back the analysis exactly, to the byte', () => {
    const restored = restoredAnalysis(storedAnalysis(seedAnalysis()), lookup);
    expect(restored).toEqual(seedAnalysis());
    expect(JSON.stringify(restored)).toBe(JSON.stringify(seedAnalysis()));
    // Donetsk keeps its own Polygon; only sets are joined into a MultiPolygon.
    expect(geometryTypes(restored)['admin1:UA-14']).toBe('Polygon');
  });

  it('survives storage as JSON text', () => {
    const text = JSON.stringify(storedAnalysis(seedAnalysis()));
    expect(JSON.stringify(restoredAnalysis(JSON.parse(text), lookup))).toBe(JSON.stringify(seedAnalysis()));
  });

  it('draws a resolved collective again from its units', () => {
    const effective = applyEdits(
      seedAnalysis(),
      storedEdits([{ kind: 'resolve', place: 'unresolved:2067', units: SIX_REGIONS, source: SOURCE }]),
      lookup
    );
    const { review: _review, ...reviewed } = effective;
    expect(restoredAnalysis(storedAnalysis(effective), lookup)).toEqual(reviewed);
  });
});
