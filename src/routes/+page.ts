import { withInertText } from '$lib/dashboard/inert-text';
import { baseTopologyFileName, type BaseTopology } from '$lib/map/base-topology';
import { decodeBaseTopology } from '$lib/map/decode-base-topology';
import type { PageLoad } from './$types';

// The page is a WebGL map: there is nothing to render on the server, and a server-side load
// would serialise the boundaries into the HTML.
export const ssr = false;

// The boundaries never change while the page is open: fetched and decoded once, not again on
// every reload of the article's data (each saved edit reloads it).
let boundaries: Promise<ReturnType<typeof decodeBaseTopology>> | undefined;

async function fetchBoundaries(fetch: typeof globalThis.fetch) {
  const path = `/geodata/${baseTopologyFileName}`;
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return decodeBaseTopology((await response.json()) as BaseTopology);
}

/** Adds the boundaries the server validated and encoded at build time (same origin) to the article. */
export const load: PageLoad = async ({ fetch, data }) => {
  boundaries ??= fetchBoundaries(fetch).catch((error: unknown) => {
    boundaries = undefined;
    throw error;
  });
  // What the article and the analysts wrote is shown with its bidirectional controls visible, so
  // no title, name or note can reorder itself or what follows it on screen.
  return { ...withInertText(data), ...(await boundaries) };
};
