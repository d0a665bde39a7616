import { existsSync, readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { geodataFile } from './geodata-file';

/** Properties of a feature in geodata/admin1.geojson (Ukraine and Russia, for the screen). */
export interface ScreenAdmin1Properties {
  id: string;
  name: string;
  shortName: string;
  country: string;
  labelLon: number;
  labelLat: number;
  areaKm2: number;
}

/** Properties of a feature in geodata/countries.geojson. */
export interface CountryProperties {
  id: string;
  name: string;
  labelLon: number;
  labelLat: number;
  areaKm2: number;
}

/** Properties of a feature in geodata/admin1-world.geojson (coarse, every country). */
export interface WorldAdmin1Properties {
  id: string;
  name: string;
  country: string;
}

/** A boundary feature; `id` is the ISO code (3166-2 for units, 3166-1 alpha-2 for countries). */
export type Boundary<P> = Feature<Polygon | MultiPolygon, P> & { id: string };

const loaded = new Map<string, Map<string, Boundary<unknown>>>();

function boundaryFile<P>(name: string): Map<string, Boundary<P>> {
  let byId = loaded.get(name);
  if (!byId) {
    const text = readFileSync(geodataFile(name), 'utf8');
    const collection = JSON.parse(text) as FeatureCollection<Polygon | MultiPolygon, P>;
    byId = new Map(collection.features.map((feature) => [String(feature.id), feature as Boundary<unknown>]));
    loaded.set(name, byId);
  }
  return byId as Map<string, Boundary<P>>;
}

/** Every feature of geodata/admin1.geojson (UA + RU units, simplified for the screen), read once. */
export function screenAdmin1Boundaries(): Boundary<ScreenAdmin1Properties>[] {
  return [...boundaryFile<ScreenAdmin1Properties>('admin1.geojson').values()];
}

/**
 * The first-level unit codes of geodata/admin1/<CC>.geojson, the file the page loads for a
 * country the article concerns (read once; empty when there is no such file).
 */
export function countryAdmin1Codes(country: string): Set<string> {
  if (!/^[A-Z]{2}$/.test(country) || !existsSync(geodataFile(`admin1/${country}.geojson`))) return new Set();
  return new Set(boundaryFile<ScreenAdmin1Properties>(`admin1/${country}.geojson`).keys());
}

/** Every feature of geodata/countries.geojson, read once. */
export function countryBoundaries(): Boundary<CountryProperties>[] {
  return [...boundaryFile<CountryProperties>('countries.geojson').values()];
}

/**
 * Geometry of a first-level unit by ISO 3166-2 code (Node only): the screen version for
 * Ukraine and Russia, else the coarse world file (read lazily, only when first needed).
 * @example admin1Geometry('SD-DN') // North Darfur, from admin1-world.geojson
 */
export function admin1Geometry(iso: string): Polygon | MultiPolygon | undefined {
  const screen = boundaryFile<ScreenAdmin1Properties>('admin1.geojson').get(iso);
  if (screen) return screen.geometry;
  return boundaryFile<WorldAdmin1Properties>('admin1-world.geojson').get(iso)?.geometry;
}

/** Geometry of a country by ISO 3166-1 alpha-2 code (Node only), or undefined. */
export function countryGeometry(alpha2: string): Polygon | MultiPolygon | undefined {
  return boundaryFile<CountryProperties>('countries.geojson').get(alpha2)?.geometry;
}
