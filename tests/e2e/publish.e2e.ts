import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedGeoJson } from '../../src/lib/annotated/schema';
import { mapImageContent } from '../../src/lib/dashboard/map-image/map-image-content';
import {
  imageHeightFor,
  mapImageLayout,
  type MapImageLayout
} from '../../src/lib/dashboard/map-image/map-image-layout';
import { wiremapVersion } from '../../src/lib/dashboard/map-image/wiremap-version';
import { defaultRolesOf, type LayerRole } from '../../src/lib/map/layer-roles';
import { call, postJson } from './api/api-requests';
import { baseUrl, useChromium, visit, waitForMapIdle } from './browser';
import { renderedByRole } from './dashboard-page';
import { pngSignature, pngSize, regionStats, scaled } from './image-pixels';
import { startServer, temporaryDirectory } from './server-process';

// Written for this test: a strike, a claim of capture, and talks abroad.
const text = [
  'KHARKIV (Reuters) – Missiles struck a power plant in Kharkiv overnight, cutting heat to thousands of homes, the regional governor said.',
  'Russia said its forces had captured the village of Vovchansk after days of fighting.',
  'Ukrainian and Russian officials will meet in Istanbul next week to discuss prisoner exchanges, the Turkish foreign ministry said.'
].join('\n\n');
const title = 'Missiles hit Kharkiv power plant as talks set for Istanbul';

const chromium = useChromium();
let id: string;
let annotated: AnnotatedGeoJson;
let dashboard: Page;

/** The names of the legend's roles that are switched on, as the dashboard shows them. */
async function shownRoleNames(page: Page): Promise<string[]> {
  return page.locator('[data-testid="legend"] label:has(input:checked) .name').allInnerTexts();
}

/** Clicks `button` and returns the bytes of the download it starts. */
async function downloaded(page: Page, testId: string): Promise<{ bytes: Uint8Array; name: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await download.path();
  return { bytes: new Uint8Array(readFileSync(path)), name: download.suggestedFilename() };
}

/** Checks a composed image: map area drawn and opaque, every legend entry's swatch and name inked. */
async function expectComposed(page: Page, bytes: Uint8Array, layout: MapImageLayout, scale: number) {
  const regions = [
    scaled(layout.map, scale),
    ...layout.legend.flatMap((item) => [
      scaled(item.swatch, scale, item.colour),
      scaled(
        {
          x: item.text.x,
          y: item.text.y - layout.legendSize,
          width: item.text.text.length * layout.legendSize * 0.45,
          height: layout.legendSize * 1.2
        },
        scale
      )
    ])
  ];
  const [map, ...legend] = await regionStats(page, bytes, regions);
  // A blank capture is one colour (and transparent); a drawn map has land, water, lines and labels.
  expect(map!.transparent).toBe(0);
  expect(map!.distinctColours).toBeGreaterThan(20);
  layout.legend.forEach((item, index) => {
    const [swatch, name] = [legend[2 * index]!, legend[2 * index + 1]!];
    expect(swatch.ofColour, `${item.symbol} of ${item.label} in its colour`).toBeGreaterThan(0.1);
    expect(name.inked, `name of ${item.label}`).toBeGreaterThan(0.03);
  });
}

beforeAll(async () => {
  const stored = await postJson<{ id: string }>(baseUrl, '/api/articles', {
    text,
    title,
    published: '2026-03-14'
  });
  expect([200, 201]).toContain(stored.status);
  id = stored.body.id;
  const claim = (JSON.parse((await call(baseUrl, `/api/articles/${id}/geojson`)).text) as AnnotatedGeoJson)
    .claims[0]!;
  // One edit, so the published map has a review trail to carry.
  const edited = await postJson(baseUrl, `/api/articles/${id}/edits`, {
    version: 0,
    edit: { kind: 'note', target: { type: 'claim', start: claim.start }, text: 'governor confirmed by phone' }
  });
  expect(edited.status).toBe(201);
  annotated = JSON.parse((await call(baseUrl, `/api/articles/${id}/geojson`)).text) as AnnotatedGeoJson;
  const visited = await visit(chromium.browser, `/?article=${id}`, { width: 1280, height: 800 });
  dashboard = visited.page;
  await waitForMapIdle(dashboard);
  mkdirSync('test-results', { recursive: true });
});

describe('the image of the current view, from the dashboard', () => {
  it('downloads a PNG of the view at 1× and 2×, its map drawn and its legend naming the roles shown', async () => {
    const shown = await shownRoleNames(dashboard);
    expect(shown.length).toBeGreaterThan(1);
    const visible = await dashboard
      .locator('[data-testid="legend"] input:checked')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).dataset.role as LayerRole));
    const content = mapImageContent(annotated, visible, wiremapVersion);
    // The composer's legend is the dashboard's: the same role names, in the same order.
    expect(content.legend.map((entry) => entry.label)).toEqual(shown);
    expect(content.source).toBe(`Source: ${title} · Reuters · 2026-03-14 · wiremap ${wiremapVersion}`);
    const view = await dashboard.getByTestId('base-map').evaluate((element) => ({
      width: element.clientWidth,
      height: element.clientHeight
    }));
    const layout = mapImageLayout(content, view.width, imageHeightFor(content, view.width, view.height));
    expect(layout.map.height).toBe(view.height);

    for (const scale of [1, 2]) {
      const { bytes, name } = await downloaded(dashboard, scale === 1 ? 'image-png' : 'image-png-2x');
      expect(name).toBe(
        `missiles-hit-kharkiv-power-plant-as-talks-set-for-istanbul-map${scale === 2 ? '@2x' : ''}.png`
      );
      expect([...bytes.slice(0, 8)]).toEqual(pngSignature);
      expect(pngSize(bytes)).toEqual({ width: layout.width * scale, height: layout.height * scale });
      await expectComposed(dashboard, bytes, layout, scale);
      writeFileSync(`test-results/publish-dashboard@${scale}x.png`, bytes);
    }
  });

  it('downloads an SVG whose legend, source and credits are text beside the embedded map', async () => {
    const { bytes, name } = await downloaded(dashboard, 'image-svg');
    expect(name).toMatch(/-map\.svg$/);
    const svg = new TextDecoder().decode(bytes);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('href="data:image/png;base64,');
    for (const role of await shownRoleNames(dashboard)) expect(svg).toContain(`>${role} (`);
    expect(svg).toContain('Map data: Natural Earth, GeoNames');
    expect(svg).toContain(`wiremap ${wiremapVersion}`);
  });
});

describe('the image of a stored article, from the API', () => {
  it('answers ?width=&height=&scale=2 with a PNG of twice that size, drawn by Chromium', async () => {
    const response = await fetch(
      new URL(`/api/articles/${id}/image.png?width=800&height=600&scale=2`, baseUrl)
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(pngSize(bytes)).toEqual({ width: 1600, height: 1200 });
    // The API draws the roles the dashboard opens with.
    const content = mapImageContent(annotated, defaultRolesOf(annotated), wiremapVersion);
    await expectComposed(dashboard, bytes, mapImageLayout(content, 800, 600), 2);
    writeFileSync('test-results/publish-api@2x.png', bytes);
  });

  it('refuses a size that leaves no room for the map, or a scale of 3, with 400 and the reason', async () => {
    const small = await call(baseUrl, `/api/articles/${id}/image.png?width=320&height=240`);
    expect(small.status).toBe(400);
    expect(small.body.error).toMatch(/leaves the map .* px of height/);
    const scale = await call(baseUrl, `/api/articles/${id}/image.png?scale=3`);
    expect(scale.status).toBe(400);
    expect(scale.body.error).toMatch(/scale/);
  });

  it('answers 503 with the reason when the server has no browser', async () => {
    const database = temporaryDirectory();
    const server = await startServer(join(database.path, 'wiremap.db'), {
      env: { CHROMIUM_PATH: '/nonexistent/chromium' }
    });
    try {
      const seedId = (await call<{ articles: { id: string }[] }>(server.url, '/api/articles')).body
        .articles[0]!.id;
      const answer = await call(server.url, `/api/articles/${seedId}/image.png`);
      expect(answer.status).toBe(503);
      expect(answer.body.error).toBe(
        'no map image: CHROMIUM_PATH=/nonexistent/chromium is not an executable file'
      );
    } finally {
      await server.stop();
      database.remove();
    }
  });
});

describe('the embeddable map', () => {
  it('loads at /embed/<id> under the dashboard’s CSP, framable, and asks no other origin for anything', async () => {
    const dashboardCsp = (await fetch(new URL(`/?article=${id}`, baseUrl))).headers.get(
      'content-security-policy'
    )!;
    const embedded = await visit(chromium.browser, `/embed/${id}`, { width: 900, height: 640 });
    const { page, document, requestedUrls, consoleErrors } = embedded;
    await page.waitForFunction(() => window.wiremapReady === true, undefined, { timeout: 90_000 });
    const directives = (csp: string) =>
      new Map(
        csp
          .split(';')
          .map((part) => part.trim().split(/\s+/))
          .map(([name, ...values]) => [name!, values])
      );
    const embedDirectives = directives(document.headers()['content-security-policy']!);
    for (const [name, values] of directives(dashboardCsp)) {
      if (name === 'frame-ancestors') continue;
      // SvelteKit adds the hashes of its own inline scripts; the embed has none.
      expect(embedDirectives.get(name), name).toEqual(
        values.filter((value) => !value.startsWith("'sha256-"))
      );
    }
    expect(embedDirectives.get('frame-ancestors')).toEqual(['*']);
    expect(document.headers()['x-frame-options']).toBeUndefined();
    const origin = new URL(baseUrl).origin;
    expect(requestedUrls.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:'))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    const legend = await page.locator('#legend li').allInnerTexts();
    for (const role of await shownRoleNames(dashboard)) expect(legend.join('\n')).toContain(role);
    await expect(page.locator('#trail li').allTextContents()).resolves.toEqual([
      expect.stringContaining('governor confirmed by phone')
    ]);
    await page.screenshot({ path: 'test-results/publish-embed-900x640.png' });
    await page.context().close();
  });

  it('gives the dashboard an iframe snippet for the embed', async () => {
    await dashboard.getByTestId('embed-toggle').click();
    const snippet = await dashboard.getByTestId('embed-snippet').inputValue();
    expect(snippet).toContain(`<iframe src="${new URL(`/embed/${id}`, baseUrl).href}"`);
    expect(snippet).toContain(`title="Map: ${title}"`);
  });
});

/** A plain static file server over `folder`, as any web host would be. */
function staticServer(folder: string): Promise<{ url: string; server: Server }> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.mjs': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.geojson': 'application/geo+json'
  };
  const server = createServer((request, response) => {
    const asked = new URL(request.url!, 'http://x').pathname;
    const path = normalize(decodeURIComponent(asked)).replace(/^\/+/, '') || 'index.html';
    try {
      const body = readFileSync(join(folder, path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server })
    )
  );
}

describe('the static export', () => {
  let folder: { path: string; remove: () => void };
  beforeAll(() => {
    folder = temporaryDirectory();
  });
  afterAll(() => folder?.remove());

  it('is one folder, from `npm run publish`, that shows the dashboard’s features from a plain file server', async () => {
    const exportFile = join(folder.path, 'article.json');
    writeFileSync(exportFile, JSON.stringify(annotated));
    const out = join(folder.path, 'site');
    const run = spawnSync(process.execPath, ['scripts/publish.mjs', exportFile, '--out', out], {
      encoding: 'utf8'
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^wrote .*site \(8 files/);
    const { url, server } = await staticServer(out);
    try {
      const visited = await visit(chromium.browser, url, { width: 1280, height: 800 });
      const { page, requestedUrls, consoleErrors } = visited;
      await page.waitForFunction(() => window.wiremapReady === true, undefined, { timeout: 90_000 });
      await waitForMapIdle(page);
      const names = (byRole: Record<string, { id: string }[]>) =>
        Object.fromEntries(
          Object.entries(byRole).map(([role, items]) => [role, items.map((item) => item.id).sort()])
        );
      const published = names(await renderedByRole(page));
      expect(Object.values(published).flat().length).toBeGreaterThan(2);
      expect(published).toEqual(names(await renderedByRole(dashboard)));
      expect(
        requestedUrls.filter((requested) => !requested.startsWith(url) && !requested.startsWith('blob:'))
      ).toEqual([]);
      expect(consoleErrors).toEqual([]);
      // The review trail travels with it, and the full audit is the file beside the page.
      await expect(page.locator('#trail li').allTextContents()).resolves.toEqual([
        expect.stringContaining('governor confirmed by phone')
      ]);
      const audit = await page.locator('#audit').getAttribute('href');
      const full = (await (await fetch(new URL(audit!, url))).json()) as AnnotatedGeoJson;
      expect(full.review?.edits.map((stored) => stored.edit.kind)).toEqual(['note']);
      expect(full.article.sha256).toBe(id);
      await page.screenshot({ path: 'test-results/publish-static-1280x800.png' });
      await page.context().close();
    } finally {
      server.close();
    }
  });

  it('exits 2 with one line when the CLI has no browser to draw an image', () => {
    const exportFile = join(folder.path, 'article.json');
    const run = spawnSync(
      process.execPath,
      ['scripts/publish.mjs', exportFile, '--png', join(folder.path, 'map.png')],
      {
        encoding: 'utf8',
        env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' }
      }
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'publish: no map image: CHROMIUM_PATH=/nonexistent/chromium is not an executable file\n'
    );
  });
});

describe('printing the dashboard', () => {
  it('puts the map and the legend on the first page, the map drawn', async () => {
    // An A4 page at 96 CSS px per inch less Chromium's default margins (0.4 in each side).
    const page1 = { width: 717, height: 1046 };
    const visited = await visit(chromium.browser, `/?article=${id}`, page1);
    const { page } = visited;
    await waitForMapIdle(page);
    await page.emulateMedia({ media: 'print' });
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    const map = await box('.map-pane');
    const legend = await box('[data-testid="legend"]');
    expect(map.y).toBeGreaterThanOrEqual(0);
    expect(map.height).toBeGreaterThan(300);
    expect(map.y + map.height).toBeLessThanOrEqual(page1.height);
    expect(legend.y).toBeGreaterThan(map.y + map.height - 1);
    expect(legend.y + legend.height).toBeLessThanOrEqual(page1.height);
    await expect(
      page.locator('.sidebar').evaluate((element) => getComputedStyle(element).overflowY)
    ).resolves.toBe('visible');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync('test-results/publish-print.pdf', pdf);
    const source = pdf.toString('latin1');
    expect(source.startsWith('%PDF-')).toBe(true);
    // The map's canvas keeps its drawing buffer, so it prints as an image rather than a blank box.
    expect(source).toMatch(/\/Subtype\s*\/Image/);
    await page.screenshot({ path: 'test-results/publish-print-media.png', fullPage: true });
    await page.context().close();
  });
});
