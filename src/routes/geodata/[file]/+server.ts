import { readdir, readFile } from 'node:fs/promises';
import { error, json } from '@sveltejs/kit';
import { admin1CollectionSchema, countryCollectionSchema } from '$lib/map/boundaries';
import { admin1TopologyCountry, admin1TopologyFileName, baseTopologyFileName } from '$lib/map/base-topology';
import { encodeAdmin1Topology, encodeBaseTopology } from '$lib/map/encode-base-topology';
import type { EntryGenerator, RequestHandler } from './$types';

// Rendered once at build time into build/prerendered/geodata/, which adapter-node serves
// precompressed (gzip, brotli) from our own origin. The names end in .json on purpose:
// SvelteKit precompresses .json but not .topojson or .geojson.
export const prerender = true;

// The countries travel as one file, so the browser makes one request; each country's
// first-level units as a file of their own, fetched only for the countries an article concerns.
export const entries: EntryGenerator = async () => [
  { file: baseTopologyFileName },
  ...(await readdir('geodata/admin1'))
    .filter((name) => /^[A-Z]{2}\.geojson$/.test(name))
    .map((name) => ({ file: admin1TopologyFileName(name.slice(0, 2)) }))
];

/** Validates geodata/*.geojson (zod keeps only the keys the map reads) and sends it as TopoJSON. */
export const GET: RequestHandler = async ({ params }) => {
  if (params.file === baseTopologyFileName)
    return json(encodeBaseTopology(countryCollectionSchema.parse(await readJson('geodata/countries.geojson'))));
  const country = admin1TopologyCountry(params.file);
  if (!country) error(404, `No geodata file ${params.file}`);
  const units = admin1CollectionSchema.parse(await readJson(`geodata/admin1/${country}.geojson`));
  return json(encodeAdmin1Topology(units));
};

/** Paths are relative to the project root, where `vite build` prerendered. */
async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}
