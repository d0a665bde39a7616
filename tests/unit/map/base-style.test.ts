import { Color, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { baseLayerIds, baseSourceIds } from '$lib/map/base-ids';
import { baseStyle } from '$lib/map/base-style';
import { basePalette } from '$lib/map/palette';
import { admin1Fixture, countriesFixture } from './boundary-fixtures';

const style = baseStyle(basePalette, {
  countries: countriesFixture,
  admin1: admin1Fixture,
  focusCountries: ['UA'],
  countryLabelAnchors: { RU: [37.5, 52.95] }
});

/** Every string anywhere inside `value`. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** The values of a layer's colour properties (paint and layout keys ending in -color). */
function colourValues(layer: LayerSpecification): unknown[] {
  const properties = { ...('layout' in layer ? layer.layout : {}), ...layer.paint };
  return Object.entries(properties)
    .filter(([key]) => key.endsWith('-color'))
    .map(([, value]) => value);
}

describe('baseStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('has unique layer ids, in the documented order', () => {
    const ids = style.layers.map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(Object.values(baseLayerIds));
  });

  it('reads only sources it defines, and defines only sources it reads', () => {
    const read = new Set(style.layers.flatMap((layer) => ('source' in layer ? [layer.source] : [])));
    expect([...read].sort()).toEqual(Object.keys(style.sources).sort());
    expect(Object.keys(style.sources).sort()).toEqual(Object.values(baseSourceIds).sort());
  });

  it('fetches nothing: no glyphs, no sprite, inline data, no URL anywhere', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      if (source.type === 'geojson') expect(typeof source.data).toBe('object');
    }
    expect(JSON.stringify(style)).not.toMatch(/[a-z][a-z0-9+.-]*:\/\//i);
  });

  it('takes every colour from the palette', () => {
    const paletteColours = new Set<string>(Object.values(basePalette));
    const colours = style.layers
      .flatMap(colourValues)
      .flatMap(stringsIn)
      .filter((text) => Color.parse(text));
    expect(colours.length).toBeGreaterThan(0);
    for (const colour of colours) expect(paletteColours, colour).toContain(colour);
  });

  it('draws the countries in focus apart from the others', () => {
    const focusOnly = baseStyle(basePalette, {
      countries: countriesFixture,
      admin1: admin1Fixture,
      focusCountries: []
    });
    expect(JSON.stringify(focusOnly.layers)).not.toEqual(JSON.stringify(style.layers));
    expect(JSON.stringify(style.layers)).toContain('"UA"');
  });

  it('labels countries at their anchors unless overridden', () => {
    const labels = style.sources[baseSourceIds.countryLabels];
    expect(labels?.type === 'geojson' && labels.data).toMatchObject({
      features: [
        { id: 'UA', geometry: { coordinates: [32, 49] } },
        { id: 'RU', geometry: { coordinates: [37.5, 52.95] } }
      ]
    });
  });
});

describe('basePalette', () => {
  it('holds only colours MapLibre can parse', () => {
    for (const [name, colour] of Object.entries(basePalette)) expect(Color.parse(colour), name).toBeDefined();
  });
});
