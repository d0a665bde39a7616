import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { publicationFiles, type Publication } from '$lib/dashboard/map-image/publication';
import { wiremapVersion } from '$lib/dashboard/map-image/wiremap-version';
import { geodataFile } from '$lib/geodata/geodata-file';
import { loadGazetteer } from '$lib/geodata/load-gazetteer';
import { admin1CollectionSchema, countryCollectionSchema } from '$lib/map/boundaries';
import type { BaseTopology } from '$lib/map/base-topology';
import { concernedCountries } from '$lib/map/concerned-countries';
import { encodeAdmin1Topology, encodeBaseTopology } from '$lib/map/encode-base-topology';
import { defaultRolesOf, type LayerRole } from '$lib/map/layer-roles';
import { exportBytes } from '../export-json';

/** A published map: file name → bytes, every file the page needs, in one folder. */
export type PublishedFolder = Map<string, Uint8Array>;

export interface PublishOptions {
  /** The roles drawn. @default the dashboard's default for the article */
  visible?: readonly LayerRole[];
  /** The article's address on the wiremap that publishes it, linked from the review trail. */
  dashboard?: string;
  /** @default now */
  publishedAt?: Date;
}

let countriesTopology: Promise<BaseTopology> | undefined;

/** Every country as the base map's TopoJSON (read and encoded once per process). */
function baseTopology(): Promise<BaseTopology> {
  countriesTopology ??= readFile(geodataFile('countries.geojson'), 'utf8').then((text) =>
    encodeBaseTopology(countryCollectionSchema.parse(JSON.parse(text)))
  );
  return countriesTopology;
}

/** The first-level units of the countries `collection` concerns that geodata/admin1/ holds. */
async function admin1Topologies(collection: AnnotatedGeoJson) {
  const gazetteer = loadGazetteer();
  const concerned = concernedCountries(collection, (id) => gazetteer.byId(id)?.country || undefined);
  const available = new Set(await readdir(geodataFile('admin1')));
  return Promise.all(
    concerned
      .filter((country) => available.has(`${country}.geojson`))
      .map(async (country) =>
        encodeAdmin1Topology(
          admin1CollectionSchema.parse(
            JSON.parse(await readFile(geodataFile(`admin1/${country}.geojson`), 'utf8'))
          )
        )
      )
  );
}

/** The checkout's root, found by walking up from this module (sources, build/ or .cache/cli/). */
function projectRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'scripts', 'bundle-published-map.mjs'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

/** The page, scripts and stylesheets every published map shares (scripts/bundle-published-map.mjs). */
export async function publishedAssets(): Promise<PublishedFolder> {
  const script = pathToFileURL(join(projectRoot(), 'scripts', 'bundle-published-map.mjs')).href;
  const bundler = (await import(/* @vite-ignore */ script)) as {
    bundlePublishedMap(): Promise<string>;
    publishedAssets: string[];
  };
  const folder = await bundler.bundlePublishedMap();
  return new Map(
    await Promise.all(
      bundler.publishedAssets.map(
        async (name) => [name, new Uint8Array(await readFile(join(folder, name)))] as [string, Uint8Array]
      )
    )
  );
}

/** The data files of an article's published map: manifest, full export (the audit), base map. */
export async function publicationData(
  collection: AnnotatedGeoJson,
  options: PublishOptions = {}
): Promise<PublishedFolder> {
  const publication: Publication = {
    wiremap: wiremapVersion,
    article: collection.article.sha256,
    title: collection.article.title,
    publishedAt: (options.publishedAt ?? new Date()).toISOString(),
    visible: [...(options.visible ?? defaultRolesOf(collection))],
    reviewVersion: collection.review?.version ?? 0,
    ...(options.dashboard ? { dashboard: options.dashboard } : {})
  };
  const [countries, admin1] = await Promise.all([baseTopology(), admin1Topologies(collection)]);
  const text = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
  return new Map([
    [publicationFiles.manifest, text(publication)],
    [publicationFiles.article, exportBytes(collection)],
    [publicationFiles.boundaries, text({ countries, admin1 })]
  ]);
}

/**
 * The published map of a reviewed article as one self-contained folder: the page and its
 * scripts, the base map, the full export with its review trail (the audit) and a manifest.
 * Nothing in it names another origin, so it works offline from any plain file server.
 */
export async function publishedFolder(
  collection: AnnotatedGeoJson,
  options: PublishOptions = {}
): Promise<PublishedFolder> {
  const [assets, data] = await Promise.all([publishedAssets(), publicationData(collection, options)]);
  return new Map([...assets, ...data]);
}
