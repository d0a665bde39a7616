import { describe, expect, it } from 'vitest';
import type { AnnotatedFeature, AnnotatedGeoJson } from '../../../src/lib/annotated/schema';
import { legendModel } from '../../../src/lib/dashboard/legend-model';
import { layerRoleOf } from '../../../src/lib/map/layer-roles';
import { placeSourceData } from '../../../src/lib/map/place-source';
import { layerRolesById } from '../../../src/lib/map/layer-roles';
import { annotatedFixture, fixtureIds } from './annotated-fixture';

const collection = annotatedFixture();
const withEvent = (id: string, event: AnnotatedFeature['properties']['event']) => ({
  ...collection,
  features: collection.features.map((feature) =>
    feature.id === id ? { ...feature, properties: { ...feature.properties, event } } : feature
  )
});

describe('event kinds on the map and in the legend', () => {
  it('draws a disaster’s event locations as affected areas, other event locations as events', () => {
    const flooded = withEvent(fixtureIds.donetsk, 'disaster');
    const byId = new Map(flooded.features.map((feature) => [feature.id, feature]));
    expect(layerRoleOf(byId.get(fixtureIds.donetsk)!)).toBe('affected');
    expect(layerRoleOf(byId.get(fixtureIds.avdiivka)!)).toBe('event');
    const entries = legendModel(flooded);
    expect(entries.find((entry) => entry.role === 'affected')).toMatchObject({
      label: 'Affected areas',
      count: 1
    });
    expect(entries.find((entry) => entry.role === 'event')?.count).toBe(1);
  });

  it('lists the kinds of an event layer with their counts, and carries the kind into the map source', () => {
    const fought = withEvent(fixtureIds.avdiivka, 'fighting');
    const both = {
      ...fought,
      features: fought.features.map((feature) =>
        feature.id === fixtureIds.donetsk
          ? { ...feature, properties: { ...feature.properties, event: 'fighting' as const } }
          : feature
      )
    };
    expect(legendModel(both).find((entry) => entry.role === 'event')?.kinds).toEqual([
      { kind: 'fighting', label: 'fighting', count: 2 }
    ]);
    const source = placeSourceData(both, layerRolesById(both));
    expect(
      source.features.find((feature) => feature.properties.featureId === fixtureIds.avdiivka)?.properties
    ).toMatchObject({ event: 'fighting', layerRole: 'event' });
  });

  it('lists the actor links under the actors', () => {
    const actors = legendModel(collection).find((entry) => entry.role === 'actor');
    expect(actors?.links).toBeGreaterThan(0);
  });

  it('lists no kinds where the analysis gave none', () => {
    expect(legendModel(collection).every((entry) => entry.kinds === undefined)).toBe(true);
  });
});

describe('the legend’s review badge', () => {
  const unnamed = (data: AnnotatedGeoJson) =>
    legendModel(data)
      .flatMap((entry) => entry.unnamed)
      .find((item) => item.id === fixtureIds.threeRegions);

  it('flags an unnamed collective the analyst has not looked at', () => {
    expect(unnamed(collection)?.needsReview).toBe('collective reference the text does not name');
  });

  it('does not flag a place the analyst accepted', () => {
    const accepted = {
      ...collection,
      features: collection.features.map((feature) =>
        feature.id === fixtureIds.threeRegions
          ? {
              ...feature,
              properties: {
                ...feature.properties,
                acceptedBy: { edit: '0b7c6d2e-52a4-4c1e-9d0a-2f1f3e4a5b6c' }
              }
            }
          : feature
      )
    };
    expect(unnamed(accepted)).toBeDefined();
    expect(unnamed(accepted)?.needsReview).toBeUndefined();
  });
});
