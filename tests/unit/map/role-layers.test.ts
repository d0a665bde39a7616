import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { layerRoles, layerRolesById } from '$lib/map/layer-roles';
import { legendModel } from '$lib/dashboard/legend-model';
import { actorLinks, anchorOf, arc } from '$lib/map/actor-links';
import { baseLayerIds } from '$lib/map/base-ids';
import { dashboardStyle } from '$lib/map/dashboard-style';
import { featuresBounds } from '$lib/map/fit-bounds';
import { basePalette } from '$lib/map/palette';
import { roleColour, roleMatchExpression } from '$lib/map/role-colours';
import { layerIdsByRole, roleLayers, roleSourceIds } from '$lib/map/role-layers';
import { placeUnitCodes } from '$lib/map/place-unit-labels';
import { unitAreas, unitPlacesMetadataKey, unitPlacesOf, unitSourceOf } from '$lib/map/unit-areas';
import { annotatedFixture, fixtureIds } from '../dashboard/annotated-fixture';
import { admin1Fixture, countriesFixture } from './boundary-fixtures';

const collection = annotatedFixture();
const roleById = layerRolesById(collection);
const style = dashboardStyle(
  basePalette,
  { countries: countriesFixture, admin1: admin1Fixture, focusCountries: ['UA'] },
  collection,
  roleById,
  ['event', 'contested']
);
const units = unitAreas(collection, roleById, unitSourceOf(countriesFixture, admin1Fixture));
const { areas, marks } = roleLayers(collection, ['event', 'contested'], units);

describe('dashboardStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('has unique layer ids, each reading a source the style has', () => {
    const ids = style.layers.map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const layer of style.layers)
      if ('source' in layer) expect(style.sources, layer.id).toHaveProperty(layer.source);
  });

  it('promotes the ids feature-state needs', () => {
    expect(style.sources[roleSourceIds.places]).toMatchObject({ promoteId: 'featureId' });
    expect(style.sources[roleSourceIds.actorLinks]).toMatchObject({ promoteId: 'linkId' });
  });

  it('puts areas under the boundaries and names, pins and links on top', () => {
    const ids = style.layers.map((layer) => layer.id);
    const admin1Fill = ids.indexOf(baseLayerIds.admin1Fill);
    for (const layer of areas) expect(ids.indexOf(layer.id)).toBe(admin1Fill + 1 + areas.indexOf(layer));
    // Pins and links on top, under only the names of the article's own units (placed first).
    const ownNames = `${baseLayerIds.admin1LabelInFocus}-of-place`;
    expect(ids.at(-1)).toBe(ownNames);
    expect(ids.slice(-marks.length - 1, -1)).toEqual(marks.map((layer) => layer.id));
  });

  it('names the article’s own units above the pins’ names, and not a second time below', () => {
    const own = style.layers.find((layer) => layer.id === `${baseLayerIds.admin1LabelInFocus}-of-place`);
    const others = style.layers.find((layer) => layer.id === baseLayerIds.admin1LabelInFocus);
    const ownFilter = JSON.stringify(own && 'filter' in own ? own.filter : null);
    // The fixture's contested set and the event oblast are the article's units.
    for (const code of ['UA-14', 'UA-23', 'UA-65']) expect(ownFilter).toContain(code);
    expect(JSON.stringify(others && 'filter' in others ? others.filter : null)).toContain(
      JSON.stringify(['!', ['in', ['get', 'id'], ['literal', placeUnitCodes(collection, roleById)]]])
    );
  });
});

describe('roleLayers', () => {
  const byRole = layerIdsByRole([...areas, ...marks]);

  it('gives every role layers and a legend entry', () => {
    // The fixture's war story has no disaster: one of its event locations flooded too.
    const flooded = collection.features.find((feature) => feature.id === fixtureIds.avdiivka)!;
    const withDisaster = {
      ...collection,
      features: [
        ...collection.features,
        { ...flooded, id: 'flooded', properties: { ...flooded.properties, event: 'disaster' as const } }
      ]
    };
    const legendRoles = legendModel(withDisaster).map((entry) => entry.role);
    for (const role of layerRoles) {
      expect(byRole[role].length, role).toBeGreaterThan(0);
      expect(legendRoles).toContain(role);
    }
  });

  it('shows only the visible roles', () => {
    for (const layer of [...areas, ...marks]) {
      const role = (layer.metadata as Record<string, string>)['wiremap:role']!;
      expect(layer.layout?.visibility, layer.id).toBe(
        ['event', 'contested'].includes(role) ? 'visible' : 'none'
      );
    }
  });

  it('colours each role from the one scale', () => {
    const contestedFill = areas.find((layer) => layer.id === 'role-contested-fill');
    expect(contestedFill?.type === 'fill' && contestedFill.paint?.['fill-color']).toBe(
      roleColour('contested')
    );
    const expression = roleMatchExpression(roleColour, ['get', 'layerRole']);
    for (const role of layerRoles) expect(expression).toContain(role);
    expect(new Set(layerRoles.map((role) => roleColour(role))).size).toBe(layerRoles.length);
  });
});

describe('actorLinks', () => {
  it('links an actor to the places its claims concern', () => {
    const links = actorLinks(collection, roleById);
    expect(links.features.map((link) => link.properties.linkId)).toEqual([
      `${fixtureIds.moscow}→${fixtureIds.south}`
    ]);
    const line = links.features[0]!.geometry.coordinates;
    expect(line[0]).toEqual([37.62, 55.75]);
    expect(line.at(-1)![0]).toBeCloseTo(33.5, 6);
    expect(line.at(-1)![1]).toBeCloseTo(46.5, 6);
  });

  it('bows arcs and anchors outlines at their centroid', () => {
    const points = arc([0, 0], [10, 0], 4);
    expect(points).toHaveLength(5);
    expect(points[2]![1]).toBeGreaterThan(0);
    expect(anchorOf({ type: 'Point', coordinates: [1, 2] })).toEqual([1, 2]);
  });
});

describe('featuresBounds', () => {
  it('boxes the features, widening a lone point', () => {
    expect(featuresBounds(collection, [fixtureIds.south, fixtureIds.avdiivka])).toEqual([
      32, 46, 37.75, 48.14
    ]);
    // 1° × 1° is under the minimum span, so it grows to 1.5° about its centre.
    expect(featuresBounds(collection, [fixtureIds.donetsk])).toEqual([36.75, 47.25, 38.25, 48.75]);
    const [west, south, east, north] = featuresBounds(collection, [fixtureIds.geneva])!;
    expect(east - west).toBeCloseTo(1.5);
    expect(north - south).toBeCloseTo(1.5);
    expect(featuresBounds(collection, [fixtureIds.threeRegions])).toBeNull();
  });
});

describe('dashboardStyle under the aggregate choropleth', () => {
  it('hides the role fills, keeping their outlines, so the choropleth keeps the colours of its ramp', () => {
    const choropleth = { id: 'aggregate-fill', type: 'fill', source: 'admin1', paint: {} } as const;
    const withAggregate = dashboardStyle(
      basePalette,
      { countries: countriesFixture, admin1: admin1Fixture, focusCountries: ['UA'] },
      collection,
      roleById,
      ['event', 'contested'],
      { belowAreas: [choropleth] }
    );
    const roleAreas = withAggregate.layers.filter((layer) => /^role-.*-(fill|line)$/.test(layer.id));
    expect(roleAreas.length).toBeGreaterThan(0);
    for (const layer of roleAreas)
      if (layer.type === 'fill') expect(layer.layout?.visibility, layer.id).toBe('none');
    expect(withAggregate.layers.find((layer) => layer.id === 'role-event-line')?.layout?.visibility).toBe(
      'visible'
    );
  });
});

describe('role areas of the base map’s own units', () => {
  const places = style.sources[roleSourceIds.places] as unknown as {
    data: { features: { properties: { featureId: string } }[] };
  };
  const shipped = new Set(places.data.features.map((feature) => feature.properties.featureId));

  it('finds the places whose referent is one unit the base map holds', () => {
    expect(units.size).toBeGreaterThan(0);
    for (const [id, unit] of units) {
      const feature = collection.features.find((candidate) => candidate.id === id)!;
      expect(Object.values(feature.properties.ref)).toContain(unit.code);
      expect(unit.place).toMatchObject({ featureId: id, name: feature.properties.name });
    }
  });

  it('does not hand their polygons to MapLibre again', () => {
    for (const id of units.keys()) expect(shipped.has(id)).toBe(false);
    // Everything else with a geometry still travels in the places source.
    for (const feature of collection.features)
      if (feature.geometry && !units.has(feature.id)) expect(shipped.has(feature.id)).toBe(true);
  });

  it('styles them on the base source by code, with the role’s layers and the place in the metadata', () => {
    for (const [id, unit] of units) {
      const role = roleById.get(id)!;
      const fill = style.layers.find((layer) => layer.id === `role-${role}-${unit.source}-fill`);
      expect(fill && 'source' in fill ? fill.source : null).toBe(unit.source);
      expect(JSON.stringify(fill && 'filter' in fill ? fill.filter : null)).toContain(unit.code);
      expect((fill?.metadata as Record<string, unknown>)[unitPlacesMetadataKey]).toMatchObject({
        [unit.code]: { featureId: id }
      });
      expect(layerIdsByRole(style.layers)[role]).toContain(fill!.id);
    }
  });

  it('reads the places back from the style for hit-testing and feature-state', () => {
    const read = unitPlacesOf(style.layers);
    for (const [id, unit] of units) {
      expect(read.placeAt(unit.source, unit.code)?.featureId).toBe(id);
      expect(read.stateTarget(id, roleSourceIds.places)).toEqual({ source: unit.source, id: unit.code });
    }
    const other = [...shipped][0]!;
    expect(read.stateTarget(other, roleSourceIds.places)).toEqual({
      source: roleSourceIds.places,
      id: other
    });
  });
});

describe('two places on one unit', () => {
  it('draws the first on the base map and keeps the second’s polygon, so each unit stands for one place', () => {
    const twice = annotatedFixture();
    const [first] = [...units.values()];
    const original = twice.features.find((feature) => feature.id === [...units.keys()][0])!;
    twice.features.push({ ...original, id: `${original.id}-again` });
    const drawn = unitAreas(twice, layerRolesById(twice), unitSourceOf(countriesFixture, admin1Fixture));
    expect([...drawn.values()].filter((unit) => unit.code === first!.code)).toHaveLength(1);
    expect(drawn.has(`${original.id}-again`)).toBe(false);
    const again = dashboardStyle(
      basePalette,
      { countries: countriesFixture, admin1: admin1Fixture, focusCountries: ['UA'] },
      twice,
      layerRolesById(twice),
      layerRoles
    );
    expect(validateStyleMin(again)).toEqual([]);
  });
});
