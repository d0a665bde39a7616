// Dashboard speed, each figure beside a baseline measured in the same run on the same machine:
// 1. navigation → map idle with every seed layer, against a bare MapLibre page drawing the same
//    GeoJSON (the dashboard's own style, sources inline); median of alternating runs;
// 2. JavaScript and data the dashboard ships (gzip -9), against maplibre-gl's own bundle;
// both for the seed and for an article of our own set outside Ukraine (tests/e2e/articles/talks.txt).
// Usage: node scripts/bench-dashboard.mjs [runs]; the lead calls it from scripts/bench.mjs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './ensure-build.mjs';
import { launchChromium, median, startServer } from './bench-parts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 5);
const maplibreDist = `${root}node_modules/maplibre-gl/dist/`;
const gzipBytes = (bytes) => gzipSync(bytes, { level: 9 }).byteLength;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** Starts an HTTP server on a free local port; resolves to its base URL and a stop function. */
function listen(handler) {
  return new Promise((resolve) => {
    const server = createServer(handler);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, stop: () => new Promise((done) => server.close(done)) });
    });
  });
}

/** A page with nothing but MapLibre drawing `style` at `camera`, from the same dist files. */
function barePage(style, camera) {
  const files = {
    '/maplibre-gl.mjs': ['text/javascript', readFileSync(`${maplibreDist}maplibre-gl.mjs`)],
    '/maplibre-gl-worker.mjs': ['text/javascript', readFileSync(`${maplibreDist}maplibre-gl-worker.mjs`)],
    '/maplibre-gl.css': ['text/css', readFileSync(`${maplibreDist}maplibre-gl.css`)],
    '/style.json': ['application/json', Buffer.from(JSON.stringify(style))],
    '/': [
      'text/html',
      Buffer.from(`<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="/maplibre-gl.css">
<div id="map" style="position:absolute;inset:0"></div>
<script type="module">
import { Map, setWorkerUrl } from '/maplibre-gl.mjs';
setWorkerUrl('/maplibre-gl-worker.mjs');
const style = await (await fetch('/style.json')).json();
window.__wiremapMap = new Map({ container: 'map', style, center: ${JSON.stringify(camera.center)}, zoom: ${camera.zoom} });
</script>`)
    ]
  };
  return listen((request, response) => {
    const file = files[new URL(request.url, 'http://x').pathname];
    if (!file) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  });
}

// Records when the map first goes idle, measured from navigation start (performance.now()).
const recordIdle = () => {
  const timer = setInterval(() => {
    const map = window.__wiremapMap;
    if (!map) return;
    clearInterval(timer);
    map.once('idle', () => (window.__idleAt = performance.now()));
  }, 2);
};

/** Milliseconds from navigation to idle, after checking that every role layer drew something. */
async function timeToIdle(browser, url, viewport) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript(recordIdle);
  await page.goto(url);
  await page.waitForFunction(() => window.__idleAt !== undefined, undefined, { timeout: 120_000 });
  const result = await page.evaluate(() => {
    const map = window.__wiremapMap;
    const layers = map
      .getStyle()
      .layers.filter((layer) => layer.metadata?.['wiremap:role'] && layer.layout?.visibility !== 'none')
      .map((layer) => layer.id);
    const drawn = new Set(
      map.queryRenderedFeatures({ layers }).map((feature) => feature.properties.featureId)
    );
    const visibleRoles = new Set(
      map
        .getStyle()
        .layers.filter((layer) => layer.layout?.visibility !== 'none')
        .map((layer) => layer.metadata?.['wiremap:role'])
    );
    const missing = map
      .querySourceFeatures('article-places')
      .filter(
        (feature) =>
          visibleRoles.has(feature.properties.layerRole) && !drawn.has(feature.properties.featureId)
      )
      .map((feature) => feature.properties.name);
    const center = map.getCenter();
    return {
      idleAt: window.__idleAt,
      drawn: drawn.size,
      missing: [...new Set(missing)],
      camera: { center: [center.lng, center.lat], zoom: map.getZoom() }
    };
  });
  const style = await page.evaluate(() => window.__wiremapMap.getStyle());
  await context.close();
  return { ...result, style };
}

/** Every script, style, document and data response of one dashboard load, gzip -9. */
async function shippedBytes(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const bodies = new Map();
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (!['document', 'script', 'stylesheet', 'fetch', 'xhr', 'other'].includes(type)) return;
    bodies.set(
      response.url(),
      response.body().catch(() => Buffer.alloc(0))
    );
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__wiremapMap?.loaded(), undefined, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  const sizes = [];
  for (const [address, body] of bodies)
    sizes.push({ path: new URL(address).pathname, gzip: gzipBytes(await body) });
  // The MapLibre worker is requested by the worker itself; count it from the build if the page did not report it.
  if (!sizes.some((size) => size.path.includes('maplibre-gl-worker'))) {
    const workerUrl = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .find((name) => name.includes('maplibre-gl-worker'))
    );
    if (workerUrl)
      sizes.push({
        path: new URL(workerUrl).pathname,
        gzip: gzipBytes(Buffer.from(await (await fetch(workerUrl)).arrayBuffer()))
      });
  }
  await context.close();
  return sizes;
}

ensureBuild();
// A database of its own: the bench never touches the checkout's data/wiremap.db.
const databaseFolder = mkdtempSync(join(tmpdir(), 'wiremap-bench-dashboard-'));
const wiremap = await startServer(join(databaseFolder, 'wiremap.db'));
const browser = await launchChromium();
/**
 * Navigation → idle of the dashboard at `path` against a bare MapLibre page drawing the style it
 * ended with, median of `runs` alternating runs; and what the dashboard shipped for it.
 */
async function measure(path, viewport) {
  const warm = await timeToIdle(browser, `${wiremap.url}${path}`, viewport);
  const bare = await barePage(warm.style, warm.camera);
  const dashboardMs = [];
  const bareMs = [];
  for (let i = 0; i < runs; i++) {
    const dashboard = await timeToIdle(browser, `${wiremap.url}${path}`, viewport);
    if (dashboard.missing.length || dashboard.drawn === 0) throw new Error(`not drawn: ${dashboard.missing}`);
    dashboardMs.push(dashboard.idleAt);
    bareMs.push((await timeToIdle(browser, `${bare.url}/`, viewport)).idleAt);
  }
  await bare.stop();
  const shipped = await shippedBytes(browser, `${wiremap.url}${path}`);
  return {
    dashboardMs: median(dashboardMs),
    bareMs: median(bareMs),
    shipped,
    shippedTotal: shipped.reduce((sum, size) => sum + size.gzip, 0)
  };
}

/** Stores an article of our own set outside Ukraine (talks in Tokyo) and returns its dashboard path. */
async function storedWorldArticle() {
  const text = readFileSync(`${root}tests/e2e/articles/talks.txt`, 'utf8');
  const response = await fetch(`${wiremap.url}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, published: '2025-06-02' })
  });
  if (!response.ok) throw new Error(`storing the talks article: HTTP ${response.status}`);
  return `/?article=${(await response.json()).id}`;
}

try {
  const viewport = { width: 1280, height: 800 };
  const seed = await measure('/', viewport);
  const world = await measure(await storedWorldArticle(), viewport);
  const maplibreTotal = ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']
    .map((name) => gzipBytes(readFileSync(`${maplibreDist}${name}`)))
    .reduce((sum, size) => sum + size, 0);

  const row = (label, value, note = '') => console.log(`${label.padEnd(58)} ${value.padStart(16)}  ${note}`);
  console.log(
    `\nDashboard (Chromium ${browser.version()}, ${viewport.width}×${viewport.height}, median of ${runs})`
  );
  row('maplibre-gl own bundle (mjs + worker + css, gzip)', kB(maplibreTotal));
  const ratios = [];
  for (const [name, figures] of [
    ['seed', seed],
    ['talks in Tokyo', world]
  ]) {
    const idleRatio = figures.dashboardMs / figures.bareMs;
    const sizeRatio = figures.shippedTotal / maplibreTotal;
    ratios.push({ name, idleRatio, sizeRatio });
    row(
      `bare MapLibre page, same GeoJSON as ${name.split(' ')[0]}: → idle`,
      `${figures.bareMs.toFixed(0)} ms`
    );
    row(
      `dashboard, ${name}: navigation → idle`.slice(0, 58),
      `${figures.dashboardMs.toFixed(0)} ms`,
      `target ≤ 1.3×; ${idleRatio.toFixed(2)}× bare`
    );
    row(
      `dashboard, ${name}: JS + data + css shipped (gzip)`.slice(0, 58),
      kB(figures.shippedTotal),
      `target ≤ 1.5×; ${sizeRatio.toFixed(2)}× maplibre-gl`
    );
    for (const size of figures.shipped.sort((a, b) => b.gzip - a.gzip).slice(0, 5))
      row(`  ${size.path.slice(0, 54)}`, kB(size.gzip));
  }
  for (const { name, idleRatio, sizeRatio } of ratios)
    console.log(
      `${name}: idle ratio ${idleRatio.toFixed(2)} (≤ 1.3), size ratio ${sizeRatio.toFixed(2)} (≤ 1.5)`
    );
  process.exitCode = ratios.every(({ idleRatio, sizeRatio }) => idleRatio <= 1.3 && sizeRatio <= 1.5) ? 0 : 1;
} finally {
  await browser.close();
  await wiremap.stop();
  rmSync(databaseFolder, { recursive: true, force: true });
}
