import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MapImageFormat } from '$lib/dashboard/map-image/map-image-layout';
import { BrowserUnavailable, chromiumExecutable } from './chromium-executable';
import type { PublishedFolder } from './published-folder';
import { publishedFileType } from './file-type';

/** What image to make: CSS pixels of the whole image, the pixel ratio and the format. */
export interface ImageRequest {
  width: number;
  height: number;
  scale: 1 | 2;
  format: MapImageFormat;
}

// The page is served to the browser from memory under a name no network resolves; every other
// request is refused, so a render can neither leak nor wait on anything outside the folder.
const origin = 'http://published.wiremap.invalid';
// One render at a time: each is a Chromium drawing WebGL in software, a core's worth of work.
let queue: Promise<unknown> = Promise.resolve();

/**
 * The published map `folder` drawn by Chromium (playwright-core, the system's browser) through
 * the page's own composer: the same style, legend and text as the dashboard's image export.
 * Throws BrowserUnavailable when there is no browser, or it cannot start.
 */
export function renderMapImage(folder: PublishedFolder, request: ImageRequest): Promise<Uint8Array> {
  const run = queue.then(() => render(folder, request));
  queue = run.catch(() => undefined);
  return run;
}

async function render(folder: PublishedFolder, request: ImageRequest): Promise<Uint8Array> {
  const executablePath = chromiumExecutable();
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new BrowserUnavailable('no map image: the playwright-core package is not installed');
  }
  // A throwaway profile, so Chromium neither reads nor writes anyone's settings.
  const profile = mkdtempSync(join(tmpdir(), 'wiremap-render-'));
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    browser = await chromium.launch({
      executablePath,
      env: { ...process.env, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile },
      args: [
        '--headless',
        '--no-sandbox',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
        '--disable-gpu'
      ]
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw new BrowserUnavailable(
      `no map image: Chromium (${executablePath}) did not start: ${error instanceof Error ? error.message.split('\n')[0] : error}`
    );
  }
  try {
    const page = await browser.newPage({ viewport: { width: request.width, height: request.height } });
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      const name = url.origin === origin ? url.pathname.slice(1) || 'index.html' : '';
      const body = folder.get(name);
      if (!body) return route.abort('blockedbyclient');
      return route.fulfill({
        status: 200,
        body: Buffer.from(body),
        contentType: publishedFileType(name)
      });
    });
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(
      () => window.wiremapReady === true || !document.getElementById('problem')!.hidden,
      undefined,
      { timeout: 90_000 }
    );
    const problem = await page.evaluate(() =>
      window.wiremapReady ? null : document.getElementById('problem')!.textContent
    );
    if (problem) throw new Error(problem);
    const base64 = await page.evaluate(
      ({ width, height, scale, format }) => window.wiremapImage!(width, height, scale, format),
      request
    );
    return new Uint8Array(Buffer.from(base64, 'base64'));
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
