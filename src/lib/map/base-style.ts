import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { baseSourceIds } from './base-ids';
import { baseLayers } from './base-layers';
import type { Admin1Collection, CountryCollection } from './boundaries';
import type { FocusOptions } from './focus';
import { labelPoints, type LonLat } from './label-points';
import type { MapPalette } from './palette';
import { waterLabelPoints } from './water-labels';

export interface BaseStyleOptions extends FocusOptions {
  countries: CountryCollection;
  admin1: Admin1Collection;
  /** Where to put some countries' names instead of their data anchor, keyed by ISO alpha-2. */
  countryLabelAnchors?: Readonly<Record<string, LonLat>>;
}

/** The base map's GeoJSON sources: areas and their label points, all inline (no URL to fetch). */
export function baseSources(options: BaseStyleOptions): Record<string, SourceSpecification> {
  return {
    // promoteId: MapLibre keeps only numeric feature ids; ours are ISO codes, which the
    // dashboard needs for feature-state and queries.
    [baseSourceIds.countries]: { type: 'geojson', data: options.countries, promoteId: 'id' },
    [baseSourceIds.admin1]: { type: 'geojson', data: options.admin1, promoteId: 'id' },
    [baseSourceIds.countryLabels]: {
      type: 'geojson',
      data: labelPoints(options.countries, options.countryLabelAnchors)
    },
    [baseSourceIds.admin1Labels]: { type: 'geojson', data: labelPoints(options.admin1) },
    [baseSourceIds.waterLabels]: { type: 'geojson', data: waterLabelPoints }
  };
}

/**
 * The offline base map: a complete MapLibre style as a pure function of palette and data.
 * It has no `glyphs` and no `sprite`, so it never fetches anything; labels are drawn locally.
 */
export function baseStyle(palette: MapPalette, options: BaseStyleOptions): StyleSpecification {
  return {
    version: 8,
    name: 'wiremap base',
    sources: baseSources(options),
    layers: baseLayers(palette, options)
  };
}
