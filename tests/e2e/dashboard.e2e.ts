import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateAnnotatedGeoJson } from '../../src/lib/annotated/validate-annotated-geojson';
import { useChromium, waitForMapIdle, type VisitedPage } from './browser';
import { featureState, placeId, pointOnPage, renderedByRole, renderedNames, settled } from './dashboard-page';

const chromium = useChromium();

const open = chromium.open;

const checkbox = (page: Page, role: string) =>
  page.locator(`[data-testid="legend"] input[data-role="${role}"]`);

describe('the seed on the dashboard at 1280×800', () => {
  let visited: VisitedPage;
  let page: Page;

  beforeAll(async () => {
    visited = await open('/');
    page = visited.page;
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/dashboard-1280x800.png' });
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it('draws exactly what the brief names, by role', async () => {
    const drawn = await renderedByRole(page);
    expect((drawn.event ?? []).map((item) => item.name).sort()).toEqual(['Donetsk Oblast', 'Pokrovsk']);
    expect((drawn.meeting ?? []).map((item) => item.name)).toEqual(['Istanbul']);
    const contested = (drawn.contested ?? []).map((item) => item.id);
    expect(contested).toHaveLength(1);
    for (const code of ['UA-09', 'UA-14', 'UA-23', 'UA-65']) expect(contested[0]).toContain(code);
    const actors = (drawn.actor ?? []).filter((item) => !item.id.includes('→')).map((item) => item.name);
    expect(actors).toEqual(expect.arrayContaining(['Moscow', 'Kyiv']));
    expect(drawn.mentioned ?? []).toEqual([]);
    // Actors have lines to the places they speak about.
    expect((drawn.actor ?? []).filter((item) => item.id.includes('→')).length).toBeGreaterThanOrEqual(2);
  });

  it('lists the six struck regions in the legend, flagged as not named', async () => {
    const unnamed = await page.locator('[data-testid="unnamed-struck"]').allTextContents();
    expect(unnamed.join('\n')).toMatch(/6 regions — not named in the article/);
    expect(unnamed.join('\n')).toMatch(/needs review/);
  });

  it('opens on a view that fits the features', async () => {
    const inside = await page.evaluate(() => {
      const map = window.__wiremapMap!;
      const bounds = map.getBounds();
      return map
        .querySourceFeatures('article-places')
        .filter((feature) => feature.geometry.type === 'Point')
        .map((feature) =>
          bounds.contains((feature.geometry as GeoJSON.Point).coordinates as [number, number])
        );
    });
    expect(inside.length).toBeGreaterThanOrEqual(4);
    expect(inside.every(Boolean)).toBe(true);
  });

  it('has a labelled, keyboard-reachable checkbox with a count for every layer', async () => {
    const labels = await page
      .locator('[data-testid="legend"] input[type="checkbox"]')
      .evaluateAll((inputs) => inputs.map((input) => input.getAttribute('aria-label')));
    expect(labels).toHaveLength(6);
    for (const label of labels) expect(label).toMatch(/: \d+ features?$/);
    await checkbox(page, 'event').focus();
    await page.keyboard.press('Space');
    await settled(page);
    expect(await renderedNames(page, 'event')).toEqual([]);
    await page.keyboard.press('Space');
    await settled(page);
    expect(await renderedNames(page, 'event')).toEqual(['Donetsk Oblast', 'Pokrovsk']);
  });

  it('toggles change what queryRenderedFeatures returns', async () => {
    await checkbox(page, 'mentioned').check();
    await settled(page);
    expect(await renderedNames(page, 'mentioned')).toEqual(expect.arrayContaining(['Russia', 'Ukraine']));
    await checkbox(page, 'mentioned').uncheck();
    await checkbox(page, 'meeting').uncheck();
    await settled(page);
    expect(await renderedNames(page, 'mentioned')).toEqual([]);
    expect(await renderedNames(page, 'meeting')).toEqual([]);
    await checkbox(page, 'meeting').check();
    await settled(page);
    expect(await renderedNames(page, 'meeting')).toEqual(['Istanbul']);
  });

  it('draws the legend from the scale the layers use', async () => {
    const colours = await page.evaluate(() => {
      const map = window.__wiremapMap!;
      const swatch = (role: string) =>
        getComputedStyle(document.querySelector(`[data-testid="legend"] .swatch-${role}`)!)
          .getPropertyValue('--colour')
          .trim();
      return {
        event: [map.getPaintProperty('role-event-point', 'circle-color'), swatch('event')],
        contested: [map.getPaintProperty('role-contested-fill', 'fill-color'), swatch('contested')],
        actor: [map.getPaintProperty('role-actor-point', 'circle-stroke-color'), swatch('actor')]
      };
    });
    for (const [layer, legend] of Object.values(colours)) expect(legend).toBe(layer);
  });

  it('shows claims by speaker with type badges, quotes, figures and the marked-up text', async () => {
    expect(await page.locator('section[aria-label="Claims by Moscow"] .badge').allTextContents()).toEqual([
      'demand'
    ]);
    expect(await page.locator('[data-testid^="quote-"]').count()).toBeGreaterThan(3);
    const figures = await page.locator('[data-testid^="figure-"]').allTextContents();
    expect(figures.join('\n')).toMatch(/100,000\s*households/);
    expect(await page.locator('[data-testid="article-text"] mark').count()).toBeGreaterThan(10);
  });

  it('selecting a claim highlights its places and flies there', async () => {
    const before = await page.evaluate(() => window.__wiremapMap!.getCenter().toArray());
    await page.locator('section[aria-label="Claims by Moscow"] button').first().click();
    await settled(page);
    const contested = (await renderedByRole(page)).contested![0]!.id;
    expect(await featureState(page, contested)).toMatchObject({ selected: true });
    const after = await page.evaluate(() => window.__wiremapMap!.getCenter().toArray());
    expect(after).not.toEqual(before);
    expect(new URL(page.url()).searchParams.get('sel')).toMatch(/^claim:\d+$/);
    await page.keyboard.press('Escape');
    expect(await featureState(page, contested)).toMatchObject({ selected: false });
  });

  it('hovering a place sets its hover state and shows a text-only popup', async () => {
    const pokrovsk = await pointOnPage(page, 'Pokrovsk');
    await page.mouse.move(pokrovsk.x, pokrovsk.y);
    await page.waitForSelector('.place-popup');
    expect(await page.locator('.place-popup').textContent()).toMatch(/Pokrovsk/);
    expect(await featureState(page, await placeId(page, 'Pokrovsk'))).toMatchObject({ hover: true });
    await page.mouse.move(5, 400);
  });

  it('clicking a place filters the sidebar to what concerns it; Escape clears', async () => {
    const allClaims = await page.locator('[data-testid^="claim-"]').count();
    const pokrovsk = await pointOnPage(page, 'Pokrovsk');
    await page.mouse.click(pokrovsk.x, pokrovsk.y);
    await expect.poll(() => page.locator('[data-testid="active-filter"]').textContent()).toMatch(/Pokrovsk/);
    const claims = await page.locator('[data-testid^="claim-"]').allTextContents();
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.length).toBeLessThan(allClaims);
    for (const claim of claims) expect(claim).toMatch(/Pokrovsk/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid^="claim-"]').count()).toBe(allClaims);
  });

  it('filters claims and quotes by speaker', async () => {
    await page.locator('[data-testid="speaker-filter"]').selectOption('Dmitry Peskov');
    const speakers = await page
      .locator('section[aria-label^="Claims by"]')
      .evaluateAll((sections) => sections.map((section) => section.getAttribute('aria-label')));
    expect(speakers).toEqual(['Claims by Dmitry Peskov']);
    for (const quote of await page.locator('[data-testid^="quote-"]').allTextContents())
      expect(quote).toMatch(/Peskov/);
    await page.keyboard.press('Escape');
  });

  it('checks the "one-fifth of Ukraine" figure against the geodata without verifying it', async () => {
    const check = page.locator('[data-testid^="figure-check-"]');
    expect(await check.count()).toBe(1);
    const text = (await check.textContent())!;
    expect(text).toMatch(/Article states 20\.0% of Ukraine — unverified/);
    expect(text).toMatch(/\d+\.\d% the 4 contested regions in the article/);
    expect(text).toMatch(/plus Crimea and Sevastopol/);
    expect(text).toMatch(/Natural Earth 1:10m/);
    expect(text).toMatch(/geodata built \d{4}-\d{2}-\d{2}/);
    expect(text).not.toMatch(/\bverified\b(?! of)/i);
  });

  it('gives every map feature a focusable item in the sidebar', async () => {
    const drawn = Object.values(await renderedByRole(page))
      .flat()
      .filter((item) => !item.id.includes('→'));
    for (const item of drawn) {
      const button = page.locator(`[data-testid="place-${item.id}"]`);
      expect(await button.count(), item.id).toBe(1);
      await button.focus();
      expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    }
  });

  it('exports the annotated GeoJSON, named from the title, valid against the schema', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export"]').click()
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^russia-has-firmly-rejected-the-possibility-of-european.*\.geojson$/
    );
    const parsed = JSON.parse(readFileSync((await download.path())!, 'utf8')) as unknown;
    const validation = validateAnnotatedGeoJson(parsed);
    expect(validation.ok ? [] : validation.reasons).toEqual([]);
  });

  it('logs no console errors', () => {
    expect(visited.consoleErrors).toEqual([]);
  });
});

describe('permalinks', () => {
  it('restore layers, selection and viewport after a reload', async () => {
    const first = await open('/');
    const page = first.page;
    await checkbox(page, 'meeting').uncheck();
    await checkbox(page, 'mentioned').check();
    await page.locator('section[aria-label="Claims by Kyiv"] button').first().click();
    await settled(page);
    await page.evaluate(() => window.__wiremapMap!.jumpTo({ center: [35.1, 48.2], zoom: 5.3 }));
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('35.1000,48.2000,5.30');
    const link = page.url();
    expect(new URL(link).searchParams.get('layers')).toBe('event,affected,contested,struck,actor,mentioned');
    await page.context().close();

    const second = await open(new URL(link).pathname + new URL(link).search);
    const restored = second.page;
    expect(await checkbox(restored, 'meeting').isChecked()).toBe(false);
    expect(await checkbox(restored, 'mentioned').isChecked()).toBe(true);
    expect(await renderedNames(restored, 'meeting')).toEqual([]);
    expect(
      await restored.locator('section[aria-label="Claims by Kyiv"] button[aria-pressed="true"]').count()
    ).toBe(1);
    const view = await restored.evaluate(() => {
      const map = window.__wiremapMap!;
      return { center: map.getCenter().toArray(), zoom: map.getZoom() };
    });
    expect(view.center[0]).toBeCloseTo(35.1, 3);
    expect(view.center[1]).toBeCloseTo(48.2, 3);
    expect(view.zoom).toBeCloseTo(5.3, 2);
    expect(second.consoleErrors).toEqual([]);
    await restored.context().close();
  });
});

const ownArticle =
  'KHARKIV: Russian drones struck Kharkiv overnight, the regional governor said.\n\n' +
  'Officials in Odesa said talks would be held in Geneva next week. <img src=x onerror="window.__pwned=1"> ' +
  '<script>window.__pwned=2</script>\n';

describe('your own article', () => {
  it('is analysed on the server when pasted, and its markup stays text', async () => {
    const { page, consoleErrors } = await open('/');
    await page.getByRole('button', { name: 'Analyse your own article' }).click();
    await page.locator('[data-testid="article-paste"]').fill(ownArticle);
    await page.getByRole('button', { name: 'Analyse', exact: true }).click();
    await page.waitForURL(/\?article=[0-9a-f]{64}/);
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('h2').textContent()).toMatch(/Russian drones struck Kharkiv/);
    expect(await page.locator('[data-testid="article-text"]').textContent()).toContain('<img src=x onerror=');
    expect(
      await page.locator('[data-testid="article-text"] img, [data-testid="article-text"] script').count()
    ).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('[data-testid^="place-"]').count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('is analysed when a .txt file is dropped on the page', async () => {
    const { page } = await open('/');
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
      const target = document.querySelector('.dashboard')!;
      target.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true })
      );
      target.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })
      );
    }, 'Protesters gathered in Tbilisi on Sunday, police said.\n');
    await page.waitForURL(/\?article=[0-9a-f]{64}/);
    await expect.poll(() => page.locator('h2').textContent()).toMatch(/Tbilisi/);
    await page.context().close();
  });
});

describe('the seed at 390×844', () => {
  it('turns the sidebar into a bottom sheet under the map', async () => {
    const { page, consoleErrors } = await open('/', { width: 390, height: 844 });
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/dashboard-390x844.png' });
    const map = (await page.locator('[data-testid="base-map"]').boundingBox())!;
    const sheet = (await page.locator('aside.sidebar').boundingBox())!;
    expect(sheet.width).toBeGreaterThan(380);
    expect(sheet.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    expect(await renderedNames(page, 'event')).toEqual(['Donetsk Oblast', 'Pokrovsk']);
    await page.getByRole('button', { name: 'Expand the panel' }).click();
    await expect
      .poll(async () => (await page.locator('aside.sidebar').boundingBox())!.height)
      .toBeGreaterThan(sheet.height);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
