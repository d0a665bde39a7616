// The published map of one article (the embed at /embed/<id>/ and the static export's page):
// read-only, drawn with the dashboard's own style, legend model and image composer, from the
// data files beside it. Bundled for the browser by scripts/bundle-published-map.mjs.
import { Map, setWorkerUrl } from 'maplibre-gl';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { mapImageContent } from '$lib/dashboard/map-image/map-image-content';
import { mapImageLayout } from '$lib/dashboard/map-image/map-image-layout';
import { publicationFiles, publicationSchema } from '$lib/dashboard/map-image/publication';
import { mapImageBlob, type MapImageFormat } from '$lib/components/export-map-image';
import { exposeMapForTests } from '$lib/components/map-test-hook';
import type { Admin1Topology, BaseTopology } from '$lib/map/base-topology';
import { dashboardStyle } from '$lib/map/dashboard-style';
import { decodeAdmin1Topology, decodeBaseTopology } from '$lib/map/decode-base-topology';
import { storyBounds } from '$lib/map/fit-bounds';
import { baseMapAttribution, countryLabelAnchorsFor, worldExtent } from '$lib/map/initial-view';
import { layerRolesById } from '$lib/map/layer-roles';
import { basePalette, paletteProperties } from '$lib/map/palette';
import { renderTrail } from './render-trail';

declare global {
  interface Window {
    /** Set once the map has drawn everything: the image renderer waits for it. */
    wiremapReady?: boolean;
    /** The image renderer's entry: the map at `width` × `height` CSS px, as base64 PNG or SVG. */
    wiremapImage?: (width: number, height: number, scale: 1 | 2, format: MapImageFormat) => Promise<string>;
  }
}

const element = (id: string) => document.getElementById(id)!;

async function fetchJson(name: string): Promise<unknown> {
  const response = await fetch(name);
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return response.json();
}

function blobBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

async function publish() {
  setWorkerUrl(new URL('maplibre-gl-worker.mjs', import.meta.url).href);
  for (const [property, colour] of paletteProperties())
    document.documentElement.style.setProperty(property, colour);
  const [manifest, collection, boundaries] = await Promise.all([
    fetchJson(publicationFiles.manifest),
    fetchJson(publicationFiles.article) as Promise<AnnotatedGeoJson>,
    fetchJson(publicationFiles.boundaries) as Promise<{ countries: BaseTopology; admin1: Admin1Topology[] }>
  ]);
  const publication = publicationSchema.parse(manifest);
  const countries = decodeBaseTopology(boundaries.countries);
  const admin1 = {
    type: 'FeatureCollection' as const,
    features: boundaries.admin1.flatMap((topology) => decodeAdmin1Topology(topology).features)
  };
  const names = new globalThis.Map<string, string>(
    [...countries.features, ...admin1.features].map((unit) => [unit.id, unit.properties.name])
  );
  const roleById = layerRolesById(collection);
  const visible = publication.visible;
  const fitBox = storyBounds(collection, roleById, visible) ?? worldExtent;
  const concerned = [...new Set(admin1.features.map((unit) => unit.properties.country))];
  const style = dashboardStyle(
    basePalette,
    {
      countries,
      admin1,
      focusCountries: concerned,
      countryLabelAnchors: countryLabelAnchorsFor(fitBox),
      placeNames: collection.features
        .filter((feature) => feature.geometry?.type === 'Point')
        .map((feature) => feature.properties.name)
    },
    collection,
    roleById,
    visible
  );

  const content = mapImageContent(collection, visible, publication.wiremap);
  document.title = `${content.title} — wiremap`;
  element('title').textContent = content.title;
  element('source').textContent = content.source;
  element('credits').textContent = `${content.credits} · published ${publication.publishedAt.slice(0, 10)}`;
  const legend = element('legend');
  for (const entry of content.legend) {
    const item = document.createElement('li');
    item.dataset.role = entry.role;
    const swatch = document.createElement('span');
    swatch.className = `swatch ${entry.symbol}`;
    swatch.style.setProperty('--colour', entry.colour);
    const label = document.createElement('span');
    label.textContent = `${entry.label} (${entry.count})`;
    item.append(swatch, label);
    legend.append(item);
  }
  renderTrail(collection, (code) => names.get(code) ?? code, publication.dashboard);

  const container = element('map');
  const padding = { top: 24, bottom: 24, left: 16, right: 90 };
  const map = new Map({
    container,
    style,
    bounds: fitBox,
    fitBoundsOptions: { padding },
    attributionControl: { compact: true, customAttribution: baseMapAttribution },
    // Kept after each frame, so the image renderer can copy the canvas.
    canvasContextAttributes: { preserveDrawingBuffer: true },
    renderWorldCopies: false,
    dragRotate: false,
    pitchWithRotate: false
  });
  exposeMapForTests(map);
  await new Promise<void>((resolve) => map.once('idle', () => resolve()));

  window.wiremapImage = async (width, height, scale, format) => {
    const layout = mapImageLayout(content, width, height);
    document.body.classList.add('rendering');
    container.style.width = `${layout.map.width}px`;
    container.style.height = `${layout.map.height}px`;
    map.resize();
    map.fitBounds(fitBox, { padding, animate: false });
    return blobBase64(await mapImageBlob(map, layout, format, scale));
  };
  element('title').closest('article')!.setAttribute('aria-busy', 'false');
  window.wiremapReady = true;
}

publish().catch((error: unknown) => {
  const problem = element('problem');
  problem.hidden = false;
  problem.textContent = `The map could not be shown: ${error instanceof Error ? error.message : String(error)}`;
});
