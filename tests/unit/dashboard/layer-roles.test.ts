import { describe, expect, it } from 'vitest';
import { validateAnnotatedGeoJson } from '$lib/annotated/validate-annotated-geojson';
import { layerRolesById } from '$lib/map/layer-roles';
import { legendModel } from '$lib/dashboard/legend-model';
import { annotatedFixture, fixtureIds } from './annotated-fixture';

const collection = annotatedFixture();

describe('the fixture', () => {
  it('follows the annotated GeoJSON contract', () => {
    const validation = validateAnnotatedGeoJson(collection);
    expect(validation.ok ? [] : validation.reasons).toEqual([]);
  });
});

describe('layerRolesById', () => {
  const roles = layerRolesById(collection);

  it('draws each feature in the layer of its most specific drawable role', () => {
    expect(Object.fromEntries(roles)).toEqual({
      [fixtureIds.kyiv]: 'mentioned',
      [fixtureIds.moscow]: 'actor',
      [fixtureIds.south]: 'contested',
      // A country that speaks has an outline, not a marker: it is drawn with the other mentions.
      [fixtureIds.russia]: 'mentioned',
      [fixtureIds.avdiivka]: 'event',
      [fixtureIds.donetsk]: 'event',
      // "mentioned" by the engine, struck by the attack claim that concerns it.
      [fixtureIds.threeRegions]: 'struck',
      [fixtureIds.geneva]: 'meeting',
      [fixtureIds.ukraine]: 'mentioned'
    });
  });

  it('takes roles from the analysis and does not guess them again from claim text', () => {
    const other = annotatedFixture();
    const threeRegions = other.features.find((feature) => feature.id === fixtureIds.threeRegions)!;
    threeRegions.properties.roles = ['mentioned'];
    threeRegions.properties.mentions = threeRegions.properties.mentions.map((mention) => ({
      ...mention,
      role: 'mentioned'
    }));
    expect(layerRolesById(other).get(fixtureIds.threeRegions)).toBe('mentioned');
  });
});

describe('legendModel', () => {
  const legend = legendModel(collection);

  it('has one entry per role, counting every feature once', () => {
    expect(legend.map((entry) => entry.role)).toEqual([
      'event',
      'contested',
      'struck',
      'actor',
      'meeting',
      'mentioned'
    ]);
    expect(legend.reduce((sum, entry) => sum + entry.count, 0)).toBe(collection.features.length);
    expect(legend.find((entry) => entry.role === 'event')?.count).toBe(2);
  });

  it('names unnamed collective references by their count, flagged for review', () => {
    expect(legend.find((entry) => entry.role === 'struck')?.unnamed).toEqual([
      {
        id: fixtureIds.threeRegions,
        label: '3 regions — not named in the article',
        needsReview: 'collective reference the text does not name'
      }
    ]);
  });
});
