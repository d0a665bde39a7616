import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { baseLayerIds, baseSourceIds } from './base-ids';
import { focusFilters, type FocusOptions } from './focus';
import { labelLayers } from './label-layers';
import type { MapPalette } from './palette';

/** Line width that grows with zoom: `atZoom4` px at z4, `atZoom8` px at z8. */
function widthByZoom(atZoom4: number, atZoom8: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 4, atZoom4, 8, atZoom8];
}

/** The base map's layers, a pure function of the palette and the countries in focus. */
export function baseLayers(palette: MapPalette, options: FocusOptions): LayerSpecification[] {
  const focus = focusFilters(options.focusCountries);
  const round = { 'line-join': 'round' } as const;

  return [
    { id: baseLayerIds.water, type: 'background', paint: { 'background-color': palette.water } },
    {
      id: baseLayerIds.countryFill,
      type: 'fill',
      source: baseSourceIds.countries,
      paint: { 'fill-color': ['case', focus.countryInFocus, palette.landInFocus, palette.landOther] }
    },
    {
      id: baseLayerIds.admin1Fill,
      type: 'fill',
      source: baseSourceIds.admin1,
      paint: { 'fill-color': palette.admin1Fill }
    },
    {
      id: baseLayerIds.admin1BorderOther,
      type: 'line',
      source: baseSourceIds.admin1,
      filter: focus.admin1NotInFocus,
      minzoom: 4,
      layout: round,
      paint: { 'line-color': palette.admin1BorderOther, 'line-width': widthByZoom(0.4, 1) }
    },
    {
      id: baseLayerIds.admin1BorderInFocus,
      type: 'line',
      source: baseSourceIds.admin1,
      filter: focus.admin1InFocus,
      layout: round,
      paint: { 'line-color': palette.admin1BorderInFocus, 'line-width': widthByZoom(0.6, 1.4) }
    },
    {
      id: baseLayerIds.countryBorderOther,
      type: 'line',
      source: baseSourceIds.countries,
      filter: focus.countryNotInFocus,
      layout: round,
      paint: { 'line-color': palette.countryBorderOther, 'line-width': widthByZoom(0.6, 1.4) }
    },
    {
      id: baseLayerIds.countryBorderInFocus,
      type: 'line',
      source: baseSourceIds.countries,
      filter: focus.countryInFocus,
      layout: round,
      paint: { 'line-color': palette.countryBorderInFocus, 'line-width': widthByZoom(1.2, 2.4) }
    },
    ...labelLayers(palette, options)
  ];
}
