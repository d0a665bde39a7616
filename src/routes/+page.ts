import { baseTopologyFileName, type BaseTopology } from '$lib/map/base-topology';
import { decodeBaseTopology } from '$lib/map/decode-base-topology';
import type { PageLoad } from './$types';

// The page is a WebGL map: there is nothing to render on the server, and a server-side load
// would serialise the boundaries into the HTML.
export const ssr = false;

/** Adds the boundaries the server validated and encoded at build time (same origin) to the article. */
export const load: PageLoad = async ({ fetch, data }) => {
  const path = `/geodata/${baseTopologyFileName}`;
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return { ...data, ...decodeBaseTopology((await response.json()) as BaseTopology) };
};
