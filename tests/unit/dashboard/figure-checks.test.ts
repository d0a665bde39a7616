import area from '@turf/area';
import { describe, expect, it } from 'vitest';
import { figureChecks, type AreaUnit } from '$lib/dashboard/figure-checks';
import type { Outline } from '$lib/annotated/referent-geometry';
import { pageCollection } from '$lib/dashboard/page-article';
import { annotatedFixture, fixtureIds } from './annotated-fixture';

/** A unit as a 1°×1° square at [lon, lat]. */
const unit = (id: string, lon: number, lat: number): AreaUnit => ({
  id,
  name: `${id} Oblast`,
  geometry: {
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
  }
});
const units = ['UA-23', 'UA-65', 'UA-43', 'UA-40', 'UA-01', 'UA-02', 'UA-03', 'UA-04', 'UA-05', 'UA-06'].map(
  (id, i) => unit(id, 30 + i, 47)
);
const source = { description: 'test squares', resolution: '1°', date: 'geodata built 2026-01-01' };

describe('figureChecks', () => {
  const checks = figureChecks(annotatedFixture(), (country) => (country === 'UA' ? units : []), source);

  it('checks only figures that state a share of a country', () => {
    expect(checks.map((check) => check.figure)).toEqual([1]);
  });

  it('compares with the contested regions by Turf area, and with Crimea added, stating its basis', () => {
    const [check] = checks;
    const km2 = (u: AreaUnit) => area({ type: 'Feature', geometry: u.geometry, properties: {} }) / 1e6;
    const total = units.reduce((sum, u) => sum + km2(u), 0);
    expect(check!.statedShare).toBe(0.2);
    expect(check!.totalKm2).toBeCloseTo(total, 3);
    expect(check!.comparisons.map((comparison) => comparison.units)).toEqual([
      ['UA-23', 'UA-65'],
      ['UA-23', 'UA-65', 'UA-43', 'UA-40']
    ]);
    expect(check!.comparisons[0]!.share).toBeCloseTo((km2(units[0]!) + km2(units[1]!)) / total, 6);
    expect(check!.basis).toMatch(/all 10 first-level units of Ukraine/);
    expect(check!.source).toEqual(source);
    expect(check!.caveat).toMatch(/not a verification/);
  });

  it('says nothing for a country it has no units of', () => {
    expect(figureChecks(annotatedFixture(), () => [], source)).toEqual([]);
  });
});

describe('pageCollection', () => {
  it('draws the outlines from the base map, then from those the server sent, by the export rule', () => {
    const collection = annotatedFixture();
    const analysis = {
      ...collection,
      features: collection.features.map((feature) =>
        feature.geometry?.type === 'Point' ? feature : { ...feature, geometry: null }
      )
    };
    const [square, other] = [units[0]!.geometry, units[1]!.geometry] as const;
    const drawn = pageCollection({ analysis, outlines: { 'UA-65': other as Outline } }, (code) =>
      code === 'UA-14' || code === 'UA-23' ? square : undefined
    );
    const geometryOf = (id: string) => drawn.features.find((feature) => feature.id === id)?.geometry;
    // Donetsk keeps its own Polygon, as in the export; the set joins the base map's and the sent one.
    expect(geometryOf(fixtureIds.donetsk)).toEqual(square);
    expect(geometryOf(fixtureIds.south)).toEqual({
      type: 'MultiPolygon',
      coordinates: [square, other].map((outline) => (outline.type === 'Polygon' ? outline.coordinates : []))
    });
    // Neither the base map nor the server has Russia: it stays undrawn; points stay.
    expect(geometryOf(fixtureIds.russia)).toBeNull();
    expect(geometryOf(fixtureIds.geneva)).toEqual(
      collection.features.find((feature) => feature.id === fixtureIds.geneva)!.geometry
    );
  });
});
