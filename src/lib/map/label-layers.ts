import type { ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { baseLayerIds, baseSourceIds } from './base-ids';
import { focusFilters, type FocusOptions } from './focus';
import type { MapPalette } from './palette';
import { admin1LabelFont, countryLabelFont, waterLabelFont } from './typography';

/**
 * The smallest unit named at each zoom: a phone shows a country at zoom 3–4, where Japan's 47
 * prefectures or Korea's provinces would crowd each other's names; city units (Kyiv,
 * Sevastopol) wait for zoom 6, everything shows from zoom 7.
 */
const namedFromZoom: ExpressionSpecification = [
  'step',
  ['zoom'],
  ['>=', ['get', 'areaKm2'], 30_000],
  4,
  ['>=', ['get', 'areaKm2'], 12_000],
  5,
  ['>=', ['get', 'areaKm2'], 5_000],
  6,
  ['>=', ['get', 'areaKm2'], 1_000],
  7,
  true
];

/** Text size that grows with zoom through the given [zoom, size] stops. */
function sizeByZoom(
  ...stops: [zoom: number, size: number | ExpressionSpecification][]
): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...stops.flat()];
}

/**
 * The base map's labels, bottom to top. Later layers win collisions, so the stacking is the
 * priority: oblast names first, then the names of other countries; the name of the country in
 * focus stays out of the contest (see its layer).
 */
export function labelLayers(palette: MapPalette, options: FocusOptions): SymbolLayerSpecification[] {
  const focus = focusFilters(options.focusCountries);
  const notAPlaceName: ExpressionSpecification = [
    '!',
    ['in', ['get', 'shortName'], ['literal', [...(options.placeNames ?? [])]]]
  ];
  const halo = { 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.4, 'text-halo-blur': 0.4 };
  const countryName = {
    'text-field': ['get', 'name'],
    'text-font': countryLabelFont,
    'text-transform': 'uppercase',
    'text-letter-spacing': 0.12,
    'text-max-width': 8,
    // Bigger countries claim their spot first.
    'symbol-sort-key': ['-', ['coalesce', ['get', 'areaKm2'], 0]]
  } as const satisfies SymbolLayerSpecification['layout'];
  const admin1Name = {
    'text-field': ['get', 'shortName'],
    'text-font': admin1LabelFont,
    'text-max-width': 7,
    'symbol-sort-key': ['-', ['get', 'areaKm2']]
  } as const satisfies SymbolLayerSpecification['layout'];

  return [
    {
      id: baseLayerIds.waterLabel,
      type: 'symbol',
      source: baseSourceIds.waterLabels,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': waterLabelFont,
        'text-size': sizeByZoom([4, 10], [8, 15]),
        'text-letter-spacing': 0.2,
        'text-max-width': 6
      },
      paint: { 'text-color': palette.waterLabel }
    },
    {
      // A pale, widely spaced name under the oblast names, as news maps letter a country:
      // it never hides an oblast name and is never hidden by one.
      id: baseLayerIds.countryLabelInFocus,
      type: 'symbol',
      source: baseSourceIds.countryLabels,
      filter: focus.countryInFocus,
      layout: {
        ...countryName,
        'text-size': sizeByZoom([3, 14], [5, 22], [7, 30]),
        // Widely spaced letters run across the first-level names ("U K R A I N E"): a modest
        // spacing keeps the name one word.
        'text-letter-spacing': 0.25,
        'text-allow-overlap': true,
        'text-ignore-placement': true
      },
      paint: { 'text-color': palette.countryLabelInFocus }
    },
    {
      id: baseLayerIds.admin1LabelOther,
      type: 'symbol',
      source: baseSourceIds.admin1Labels,
      filter: ['all', focus.admin1NotInFocus, notAPlaceName],
      minzoom: 5.5,
      layout: { ...admin1Name, 'text-size': sizeByZoom([5.5, 11], [8, 14]) },
      paint: { 'text-color': palette.admin1LabelOther, ...halo }
    },
    {
      id: baseLayerIds.admin1LabelInFocus,
      type: 'symbol',
      source: baseSourceIds.admin1Labels,
      filter: ['all', focus.admin1InFocus, notAPlaceName, namedFromZoom],
      layout: { ...admin1Name, 'text-size': sizeByZoom([4, 10.5], [6, 13], [8, 16]) },
      paint: { 'text-color': palette.admin1LabelInFocus, ...halo }
    },
    {
      id: baseLayerIds.countryLabelOther,
      type: 'symbol',
      source: baseSourceIds.countryLabels,
      filter: focus.countryNotInFocus,
      layout: { ...countryName, 'text-size': sizeByZoom([3, 10], [7, 15]) },
      paint: { 'text-color': palette.countryLabelOther, ...halo }
    }
  ];
}
