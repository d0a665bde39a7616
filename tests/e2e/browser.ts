import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Base URL of the built server, started by scripts/test-e2e.mjs. */
export const baseUrl = requiredEnv('WIREMAP_BASE_URL');

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the end-to-end tests with npm run test:e2e`);
  return value;
}

/** The system Chromium, headless, rendering WebGL in software (SwiftShader: no GPU here). */
export async function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  // A throwaway config dir, so Chromium neither reads nor writes the user's profile settings.
  const configHome = mkdtempSync(join(tmpdir(), 'wiremap-chromium-'));
  const browser = await chromium.launch({
    executablePath: requiredEnv('CHROMIUM_PATH'),
    env: { ...process.env, XDG_CONFIG_HOME: configHome, XDG_CACHE_HOME: configHome },
    args: [
      '--headless',
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic'
    ]
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(configHome, { recursive: true, force: true });
    }
  };
}

/** A page that has loaded `path`, with every request and console error it produced. */
export interface VisitedPage {
  page: Page;
  document: Response;
  requestedUrls: string[];
  consoleErrors: string[];
}

/** Opens `path` in a fresh context of the given size and records what the page does. */
export async function visit(
  browser: Browser,
  path: string,
  viewport: { width: number; height: number }
): Promise<VisitedPage> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const requestedUrls: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => requestedUrls.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  const document = await page.goto(new URL(path, baseUrl).href);
  if (!document) throw new Error(`no response for ${path}`);
  return { page, document, requestedUrls, consoleErrors };
}

/** Waits until the base map has drawn everything it has (MapLibre's `idle`). */
export async function waitForMapIdle(page: Page, timeoutMs = 90_000): Promise<void> {
  await page.waitForFunction(() => window.__wiremapMap !== undefined, undefined, { timeout: timeoutMs });
  await page.evaluate(
    (timeout) =>
      new Promise<void>((resolve, reject) => {
        const map = window.__wiremapMap!;
        const timer = setTimeout(() => reject(new Error(`map not idle after ${timeout} ms`)), timeout);
        map.once('idle', () => {
          clearTimeout(timer);
          resolve();
        });
        // `idle` fires on the first frame with nothing left to do; forcing a frame makes sure
        // it fires even if the map went idle before we listened.
        map.triggerRepaint();
      }),
    timeoutMs
  );
}

/** What a browser test file shares: one Chromium for all its tests, and pages opened on it. */
export interface SharedChromium {
  /** The browser, once the file's `beforeAll` has launched it. */
  readonly browser: Browser;
  /** Opens `path` (default 1280×800) and waits until the map is idle. */
  open(path: string, viewport?: { width: number; height: number }): Promise<VisitedPage>;
}

/**
 * The set-up every browser test file has: Chromium launched before the file's tests and closed
 * after them. Call it once at the top of the file.
 */
export function useChromium(): SharedChromium {
  let launched: { browser: Browser; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    launched = await launchChromium();
  });
  afterAll(async () => {
    await launched?.close();
  });
  const shared: SharedChromium = {
    get browser() {
      if (!launched) throw new Error('Chromium is launched in beforeAll: use the browser inside a test');
      return launched.browser;
    },
    async open(path, viewport = { width: 1280, height: 800 }) {
      const visited = await visit(shared.browser, path, viewport);
      await waitForMapIdle(visited.page);
      return visited;
    }
  };
  return shared;
}
