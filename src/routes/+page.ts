import { initialAggregate } from '$lib/components/initial-aggregate';
import { withInertText } from '$lib/dashboard/inert-text';
import { decodeState } from '$lib/dashboard/url-state';
import type { Admin1Collection, CountryCollection } from '$lib/map/boundaries';
import {
  admin1TopologyFileName,
  baseTopologyFileName,
  type Admin1Topology,
  type BaseTopology
} from '$lib/map/base-topology';
import { decodeAdmin1Topology, decodeBaseTopology } from '$lib/map/decode-base-topology';
import type { PageLoad } from './$types';

// The page is a WebGL map: there is nothing to render on the server, and a server-side load
// would serialise the boundaries into the HTML.
export const ssr = false;

// The boundaries never change while the page is open: each file is fetched and decoded once,
// not again on every reload of the article's data (each saved edit reloads it), and a failed
// fetch is forgotten so that the next load tries again.
const fetched = new Map<string, Promise<unknown>>();

function once<T>(path: string, fetch: typeof globalThis.fetch, decode: (body: never) => T): Promise<T> {
  let pending = fetched.get(path) as Promise<T> | undefined;
  if (!pending) {
    pending = fetch(path).then(async (response) => {
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return decode((await response.json()) as never);
    });
    pending.catch(() => fetched.delete(path));
    fetched.set(path, pending);
  }
  return pending;
}

const countriesOf = (fetch: typeof globalThis.fetch) =>
  once<CountryCollection>(`/geodata/${baseTopologyFileName}`, fetch, (body: BaseTopology) =>
    decodeBaseTopology(body)
  );

/** The first-level units of the countries an article concerns, one file per country. */
async function admin1Of(
  fetch: typeof globalThis.fetch,
  countries: readonly string[]
): Promise<Admin1Collection> {
  const files = await Promise.all(
    countries.map((country) =>
      once<Admin1Collection>(`/geodata/${admin1TopologyFileName(country)}`, fetch, (body: Admin1Topology) =>
        decodeAdmin1Topology(body)
      )
    )
  );
  return { type: 'FeatureCollection', features: files.flatMap((file) => file.features) };
}

/** Whether the page holds the outline of a country or first-level unit. */
function onBaseMap(countries: CountryCollection, admin1: Admin1Collection) {
  const codes = new Set([...countries.features, ...admin1.features].map((feature) => feature.id));
  return (code: string) => codes.has(code);
}

// Only the page's first load opens with the layer across articles from the URL; later loads
// (after an edit, another article) keep whatever the analyst has on.
let firstLoad = true;

/**
 * Adds the boundaries the server validated and encoded at build time (same origin) to the
 * article: every country, and the first-level units of the countries the article concerns;
 * and, when the URL turns on the layer across stored articles, its first layers.
 */
export const load: PageLoad = async ({ fetch, data, url }) => {
  const concerned = data.articleId !== null ? data.concerned : [];
  const boundaries = Promise.all([countriesOf(fetch), admin1Of(fetch, concerned)]);
  const across = firstLoad && data.articleId !== null ? decodeState(url.searchParams).across : null;
  firstLoad = false;
  const [[countries, admin1], aggregate] = await Promise.all([
    boundaries,
    across
      ? initialAggregate(
          fetch,
          across,
          boundaries.then(([c, a]) => onBaseMap(c, a))
        )
      : null
  ]);
  // What the article and the analysts wrote is shown with its bidirectional controls visible, so
  // no title, name or note can reorder itself or what follows it on screen.
  return { ...withInertText(data), countries, admin1, initialAggregate: aggregate };
};
