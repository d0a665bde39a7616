import { initialAggregate } from '$lib/components/initial-aggregate';
import { withInertText } from '$lib/dashboard/inert-text';
import { decodeState } from '$lib/dashboard/url-state';
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

/** Whether the base map has the outline of a country or first-level unit. */
function onBaseMap({ countries, admin1 }: Awaited<ReturnType<typeof decodeBaseTopology>>) {
  const codes = new Set([...countries.features, ...admin1.features].map((feature) => feature.id));
  return (code: string) => codes.has(code);
}

// Only the page's first load opens with the layer across articles from the URL; later loads
// (after an edit, another article) keep whatever the analyst has on.
let firstLoad = true;

/**
 * Adds the boundaries the server validated and encoded at build time (same origin) to the
 * article, and, when the URL turns on the layer across stored articles, its first layers.
 */
export const load: PageLoad = async ({ fetch, data, url }) => {
  boundaries ??= fetchBoundaries(fetch).catch((error: unknown) => {
    boundaries = undefined;
    throw error;
  });
  const across = firstLoad && data.articleId !== null ? decodeState(url.searchParams).across : null;
  firstLoad = false;
  const [decoded, aggregate] = await Promise.all([
    boundaries,
    across ? initialAggregate(fetch, across, boundaries.then(onBaseMap)) : null
  ]);
  // What the article and the analysts wrote is shown with its bidirectional controls visible, so
  // no title, name or note can reorder itself or what follows it on screen.
  return { ...withInertText(data), ...decoded, initialAggregate: aggregate };
};
