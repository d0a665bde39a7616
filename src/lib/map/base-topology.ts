import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Admin1Properties, CountryProperties } from './boundaries';

/** Countries and admin-1 units in one TopoJSON, so shared borders are stored once. */
export type BaseTopology = Topology<{
  countries: GeometryCollection<CountryProperties>;
  admin1: GeometryCollection<Admin1Properties>;
}>;

/**
 * Grid steps across the whole extent: 1e5 over the world is ~400 m, under a pixel up to zoom 8.
 * It halves the gzipped download against GeoJSON (shared arcs plus small delta integers).
 */
export const baseTopologyQuantization = 1e5;

/** Served by src/routes/geodata/[file]/+server.ts at /geodata/<this name>. */
export const baseTopologyFileName = 'base-map.json';
