import { readFile } from 'node:fs/promises';
import { error, json } from '@sveltejs/kit';
import { admin1CollectionSchema, countryCollectionSchema } from '$lib/map/boundaries';
import { baseTopologyFileName } from '$lib/map/base-topology';
import { encodeBaseTopology } from '$lib/map/encode-base-topology';
import type { EntryGenerator, RequestHandler } from './$types';

// Rendered once at build time into build/prerendered/geodata/, which adapter-node serves
// precompressed (gzip, brotli) from our own origin. The name ends in .json on purpose:
// SvelteKit precompresses .json but not .topojson or .geojson.
export const prerender = true;

// The base map's boundaries travel as one file, so the browser makes one request.
export const entries: EntryGenerator = () => [{ file: baseTopologyFileName }];

/** Validates geodata/*.geojson (zod keeps only the keys the map reads) and sends it as TopoJSON. */
export const GET: RequestHandler = async ({ params }) => {
  if (params.file !== baseTopologyFileName) error(404, `No geodata file ${params.file}`);
  const [countries, admin1] = await Promise.all([
    readJson('geodata/countries.geojson').then((data) => countryCollectionSchema.parse(data)),
    readJson('geodata/admin1.geojson').then((data) => admin1CollectionSchema.parse(data))
  ]);
  return json(encodeBaseTopology(countries, admin1));
};

/** Paths are relative to the project root, where `vite build` prerenders. */
async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}
