import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseLayerIds } from '../../src/lib/map/base-ids';
import { baseUrl, useChromium, visit, waitForMapIdle, type VisitedPage } from './browser';

const viewports = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 }
];

const chromium = useChromium();

describe.each(viewports)('base map at $width×$height', (viewport) => {
  let visited: VisitedPage;

  beforeAll(async () => {
    visited = await visit(chromium.browser, '/', viewport);
    await waitForMapIdle(visited.page);
    mkdirSync('test-results', { recursive: true });
    await visited.page.screenshot({ path: `test-results/base-map-${viewport.width}x${viewport.height}.png` });
  });

  afterAll(async () => {
    await visited?.page.context().close();
  });

  it('draws the layers of the base style, in order (the dashboard adds its own between them)', async () => {
    const layerIds = await visited.page.evaluate(() =>
      window.__wiremapMap!.getStyle().layers.map((l) => l.id)
    );
    const baseIds: string[] = Object.values(baseLayerIds);
    expect(layerIds.filter((id) => baseIds.includes(id))).toEqual(baseIds);
  });

  it('renders admin-1 units and countries in the viewport', async () => {
    const rendered = await visited.page.evaluate(
      ({ admin1Fill, countryFill }) => {
        const map = window.__wiremapMap!;
        const idsIn = (layer: string) =>
          map.queryRenderedFeatures({ layers: [layer] }).map((feature) => String(feature.properties.id));
        return { admin1: idsIn(admin1Fill), countries: idsIn(countryFill) };
      },
      { admin1Fill: baseLayerIds.admin1Fill, countryFill: baseLayerIds.countryFill }
    );
    expect(rendered.admin1).toEqual(expect.arrayContaining(['UA-14', 'UA-63']));
    expect(rendered.countries).toEqual(expect.arrayContaining(['UA', 'RU', 'BY', 'MD']));
  });

  it('uses a style with no glyphs, no sprite and no URL', async () => {
    const style = await visited.page.evaluate(() => window.__wiremapMap!.getStyle());
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/[a-z][a-z0-9+.-]*:\/\//i);
  });

  it('requests nothing from another origin', () => {
    const origin = new URL(baseUrl).origin;
    const foreign = visited.requestedUrls.filter((url) => !isLocal(url, origin));
    expect(foreign).toEqual([]);
    expect(visited.requestedUrls.length).toBeGreaterThan(0);
  });

  it('logs no console errors', () => {
    expect(visited.consoleErrors).toEqual([]);
  });
});

describe('the page response', () => {
  it('carries a CSP that allows our own origin only', async () => {
    const response = await fetch(new URL('/', baseUrl));
    const policy = response.headers.get('content-security-policy');
    expect(policy).toBeTruthy();
    const directives = new Map(
      policy!
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .filter(([name]) => name)
        .map(([name, ...sources]) => [name!, sources])
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    for (const [name, sources] of directives) {
      for (const source of sources) expect(isOwnOriginSource(source), `${name} ${source}`).toBe(true);
    }
  });

  it('serves the boundaries compressed, from our origin: the countries, and each country’s first-level units', async () => {
    for (const [file, objects] of [
      ['base-map.json', ['countries']],
      ['admin1-UA.json', ['admin1']],
      ['admin1-MA.json', ['admin1']]
    ] as const) {
      const response = await fetch(new URL(`/geodata/${file}`, baseUrl), {
        headers: { 'accept-encoding': 'gzip' }
      });
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-encoding'), file).toBe('gzip');
      const topology = (await response.json()) as { type: string; objects: Record<string, unknown> };
      expect(topology.type).toBe('Topology');
      expect(Object.keys(topology.objects).sort()).toEqual(objects);
    }
    expect((await fetch(new URL('/geodata/admin1-XX.json', baseUrl))).status).toBe(404);
  });
});

/** Same origin, or a blob:/data: URL the page made itself (no network involved). */
function isLocal(url: string, origin: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'data:') return true;
  if (parsed.protocol === 'blob:') return new URL(parsed.pathname).origin === origin;
  return parsed.origin === origin;
}

/** A CSP source expression that names no other origin: keywords, hashes, nonces, blob:, data:. */
function isOwnOriginSource(source: string): boolean {
  return (
    /^'(self|none|unsafe-inline|strict-dynamic|(sha256|sha384|sha512|nonce)-[^']+)'$/.test(source) ||
    source === 'blob:' ||
    source === 'data:'
  );
}
