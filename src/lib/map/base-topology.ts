import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Admin1Properties, CountryProperties } from './boundaries';

/** Every country in one TopoJSON, so shared borders are stored once: the base map of any article. */
export type BaseTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;

/** One country's first-level units, fetched when an article concerns that country. */
export type Admin1Topology = Topology<{ admin1: GeometryCollection<Admin1Properties> }>;

/**
 * Grid steps across the whole extent: 1e5 over the world is ~400 m, under a pixel up to zoom 8.
 * It halves the gzipped download against GeoJSON (shared arcs plus small delta integers).
 */
export const baseTopologyQuantization = 1e5;

/** Served by src/routes/geodata/[file]/+server.ts at /geodata/<this name>. */
export const baseTopologyFileName = 'base-map.json';

/** The name /geodata/ serves a country's first-level units under (from geodata/admin1/<CC>.geojson). */
export function admin1TopologyFileName(country: string): string {
  return `admin1-${country}.json`;
}

/** The country of a first-level file name, or null for any other name. */
export function admin1TopologyCountry(fileName: string): string | null {
  return /^admin1-([A-Z]{2})\.json$/.exec(fileName)?.[1] ?? null;
}
