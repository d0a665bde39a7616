import { describe, expect, it } from 'vitest';
import type { AnnotatedFeature, AnnotatedGeoJson } from '$lib/annotated/schema';
import { legendModel } from '$lib/dashboard/legend-model';
import { decodeState, encodeState } from '$lib/dashboard/url-state';
import { concernedCountries } from '$lib/map/concerned-countries';
import { featuresBounds, storyBounds } from '$lib/map/fit-bounds';
import { defaultRolesOf, defaultVisibleRoles, layerRoles, layerRolesById } from '$lib/map/layer-roles';
import { roleLayers } from '$lib/map/role-layers';
import { annotatedFixture, fixtureIds } from '../dashboard/annotated-fixture';

const collection = annotatedFixture();

/** The fixture with every place a plain mention (an earthquake story: nothing struck, no actor). */
function onlyMentions(): AnnotatedGeoJson {
  const plain = annotatedFixture();
  plain.features = plain.features.map((feature): AnnotatedFeature => ({
    ...feature,
    properties: {
      ...feature.properties,
      roles: ['mentioned'],
      mentions: feature.properties.mentions.map((mention) => ({
        ...mention,
        role: 'mentioned',
        literal: true
      }))
    }
  }));
  return plain;
}

describe('the roles drawn for every geometry', () => {
  const layers = [...Object.values(roleLayers(collection, layerRoles))]
    .flat()
    .map((layer) => ({ type: layer.type, filter: 'filter' in layer ? layer.filter : null }));
  it.each(layerRoles)('%s has a pin, a line and an area layer', (role) => {
    const ofRole = layers.filter((layer) => JSON.stringify(layer.filter).includes(`"${role}"`));
    const geometries = ofRole.map((layer) => `${layer.type}:${JSON.stringify(layer.filter)}`);
    expect(geometries.some((g) => g.startsWith('circle:') && g.includes('Point'))).toBe(true);
    expect(geometries.some((g) => g.startsWith('line:') && g.includes('LineString'))).toBe(true);
    expect(geometries.some((g) => g.startsWith('fill:') && g.includes('Polygon'))).toBe(true);
  });
});

describe('the legend', () => {
  it('lists only the roles the article has', () => {
    const roleById = layerRolesById(collection);
    expect(legendModel(collection).map((entry) => entry.role)).toEqual(
      layerRoles.filter((role) => [...roleById.values()].includes(role))
    );
    expect(legendModel(onlyMentions()).map((entry) => entry.role)).toEqual(['mentioned']);
  });
});

describe('the roles shown when the page opens', () => {
  it('are the usual ones, and every place when all are plain mentions', () => {
    expect(defaultRolesOf(collection)).toEqual([...defaultVisibleRoles]);
    expect(defaultRolesOf(onlyMentions())).toContain('mentioned');
  });

  it('make a clean permalink for the article they belong to', () => {
    const defaults = defaultRolesOf(onlyMentions());
    const state = decodeState(new URLSearchParams(), defaults);
    expect(state.visible).toEqual(defaults);
    expect(encodeState(state, new URLSearchParams(), defaults).get('layers')).toBeNull();
  });
});

describe('concernedCountries', () => {
  const countryOf = (id: string) =>
    ({
      [fixtureIds.kyiv]: 'UA',
      [fixtureIds.moscow]: 'RU',
      [fixtureIds.avdiivka]: 'UA',
      [fixtureIds.geneva]: 'CH'
    })[id];

  it('are the countries where something happens, not those of a capital that only speaks', () => {
    const countries = concernedCountries(collection, countryOf);
    expect(countries).toContain('UA');
    expect(countries).not.toContain('RU');
    // Talks in Geneva about a war in Ukraine: the venue draws no cantons.
    expect(countries).not.toContain('CH');
  });

  it('are every located place’s country when all are plain mentions', () => {
    expect(concernedCountries(onlyMentions(), countryOf)).toEqual(expect.arrayContaining(['CH', 'RU', 'UA']));
  });
});

describe('storyBounds', () => {
  it('frames the places of the visible layers, countries left to their places', () => {
    const roleById = layerRolesById(collection);
    const box = storyBounds(collection, roleById, defaultVisibleRoles)!;
    const avdiivka = collection.features.find((feature) => feature.id === fixtureIds.avdiivka)!;
    const [lon, lat] = (avdiivka.geometry as { coordinates: [number, number] }).coordinates;
    expect(box[0]).toBeLessThanOrEqual(lon);
    expect(box[2]).toBeGreaterThanOrEqual(lon);
    expect(box[1]).toBeLessThanOrEqual(lat);
    expect(box[3]).toBeGreaterThanOrEqual(lat);
    // Not Russia's whole extent out to the Pacific.
    expect(box[2]).toBeLessThan(60);
  });

  it('frames a country across the antimeridian on its own side (Russia, not the whole world)', () => {
    const across = annotatedFixture();
    across.features = [
      {
        ...across.features[0]!,
        id: 'country:XX',
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [30, 50],
                [60, 50],
                [60, 70],
                [30, 70],
                [30, 50]
              ]
            ],
            [
              [
                [175, 60],
                [180, 60],
                [180, 70],
                [175, 70],
                [175, 60]
              ]
            ],
            [
              [
                [-180, 60],
                [-170, 60],
                [-170, 70],
                [-180, 70],
                [-180, 60]
              ]
            ]
          ]
        }
      }
    ];
    const box = featuresBounds(across, ['country:XX'])!;
    expect(box[2] - box[0]).toBeLessThan(180);
  });
});
