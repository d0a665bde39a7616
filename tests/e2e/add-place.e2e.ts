import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedGeoJson } from '../../src/lib/annotated/schema';
import { call, post } from './api/api-requests';
import { baseUrl, useChromium, visit, waitForMapIdle } from './browser';
import { renderedByRole, settled } from './dashboard-page';

// Our own sentences: a facility the gazetteer lacks (unresolved), Ukraine, and missed words.
const TEXT = [
  'Rescuers searched the Brovarka Hospital overnight after a strike, officials said on Monday.',
  'Power was also cut at the old tram depot, and the capital stayed dark until noon, Ukraine’s grid operator said.',
  'The country asked its neighbours for generators (add-place browser test).'
].join('\n\n');
// Namesakes the analysis weighs: its alternatives read "Alexandria — score 0.00" without details.
const NAMESAKES =
  'Floods hit Alexandria on Sunday and the coast road closed, officials said (candidates test).';

const chromium = useChromium();
let id: string;
let page: Page;

const stored = async (articleId = id) =>
  (await call<{ annotated: AnnotatedGeoJson }>(baseUrl, `/api/articles/${articleId}`)).body.annotated;
const drawnNames = async () =>
  Object.values(await renderedByRole(page)).flatMap((items) => items.map((item) => item.name));

async function openForReview(articleId: string): Promise<Page> {
  const { page: opened } = await visit(chromium.browser, `/?article=${articleId}`, {
    width: 1280,
    height: 800
  });
  await waitForMapIdle(opened);
  await opened.locator('[data-testid="review-toggle"]').click();
  await opened.locator('[data-testid="review-client"]').fill('desk-add');
  await opened.locator('[data-testid="review-client"]').dispatchEvent('change');
  return opened;
}

/** Selects `words` in the article text as a drag would, and lets go of the mouse there. */
async function selectWords(words: string): Promise<void> {
  await page.evaluate((wanted) => {
    const container = document.querySelector('[data-testid="article-text"]')!;
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      node.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`no text "${wanted}" in the article`);
  }, words);
}

/** Clicks the map, `across` of its width in from the left, once it is still; gives the [lon, lat]. */
async function clickMapAt(across: number): Promise<[number, number]> {
  await settled(page);
  const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  // Whole pixels: the browser rounds a click's position, and the pin must be where we clicked.
  const point = { x: Math.round(box.x + box.width * across), y: Math.round(box.y + box.height / 2) };
  const lonLat = await page.evaluate(({ x, y }) => {
    const map = window.__wiremapMap!;
    const canvas = map.getCanvas().getBoundingClientRect();
    const at = map.unproject([x - canvas.left, y - canvas.top]);
    return [at.lng, at.lat] as [number, number];
  }, point);
  await page.mouse.click(point.x, point.y);
  return lonLat;
}

beforeAll(async () => {
  id = (await post<{ id: string }>(baseUrl, '/api/articles', 'text/plain', TEXT)).body.id;
  page = await openForReview(id);
});

afterAll(async () => {
  await page?.context().close();
});

describe('adding a place the analysis missed', () => {
  it('selects words in the text, searches the gazetteer, adds them: on the map and in the list', async () => {
    await selectWords('capital');
    const panel = page.locator('[data-testid="add-place"]');
    await expect.poll(() => panel.textContent()).toMatch(/Add “capital”/);
    await panel.locator('[data-testid="add-place-query"]').fill('Kyiv');
    await panel.getByRole('button', { name: 'Search', exact: true }).click();
    const hits = panel.locator('[data-testid="add-place-hits"]');
    // Every level, each with its first-level unit and country.
    await expect.poll(() => hits.textContent()).toMatch(/Kyiv.*city · Kyiv City, Ukraine/);
    expect(await hits.textContent()).toMatch(/Kyiv Oblast admin1 · Ukraine · pop\. [\d,]+/);
    await hits
      .getByRole('button', { name: /^Place “capital” at Kyiv \(city/ })
      .first()
      .click();

    await expect
      .poll(async () => (await stored()).features.find((feature) => feature.id === 'geonames:703448'))
      .toMatchObject({ properties: { mentions: [{ text: 'capital', added: {} }] } });
    await expect.poll(() => page.locator('[data-testid="place-geonames:703448"]').count()).toBe(1);
    await expect
      .poll(() => page.locator('mark[data-feature="geonames:703448"]').textContent())
      .toBe('capital');
    await settled(page);
    await expect.poll(drawnNames).toContain('Kyiv');
    await expect.poll(() => panel.count()).toBe(0);
  });

  it('drops a pin on the map for selected words', async () => {
    await selectWords('old tram depot');
    const panel = page.locator('[data-testid="add-place"]');
    await expect.poll(() => panel.textContent()).toMatch(/Add “old tram depot”/);
    await panel.locator('[data-testid="drop-pin"]').click();
    await expect.poll(() => page.locator('[data-testid="pin-hint"]').textContent()).toMatch(/old tram depot/);
    const [lon, lat] = await clickMapAt(0.6);
    await expect
      .poll(() => panel.locator('[data-testid="pin-at"]').textContent())
      .toMatch(/Pin at longitude/);
    await panel.locator('[data-testid="add-at-pin"]').click();

    const pinned = async () => (await stored()).features.find((feature) => 'point' in feature.properties.ref);
    await expect.poll(async () => (await pinned())?.properties.name).toBe('old tram depot');
    const feature = (await pinned())!;
    const [x, y] = (feature.geometry as { coordinates: [number, number] }).coordinates;
    expect(Math.abs(x - lon)).toBeLessThan(1e-4);
    expect(Math.abs(y - lat)).toBeLessThan(1e-4);
    await expect.poll(() => page.locator(`[data-testid="place-${feature.id}"]`).count()).toBe(1);
    await settled(page);
    await expect.poll(drawnNames).toContain('old tram depot');
  });

  it('places an unresolved mention with a pin, and the trail says so', async () => {
    const unresolved = 'unresolved:facility:brovarka hospital';
    const place = page.locator('li', { has: page.locator(`[data-testid="place-${unresolved}"]`) });
    await place.locator('[data-testid="place-unresolved"]').click();
    const panel = page.locator('[data-testid="add-place"]');
    await expect.poll(() => panel.textContent()).toMatch(/Place “Brovarka Hospital”.*could not place/);
    await panel.locator('[data-testid="drop-pin"]').click();
    await clickMapAt(0.4);
    await panel.getByRole('textbox', { name: /Name of the pinned place/ }).fill('Brovarka hospital');
    await panel.locator('[data-testid="add-at-pin"]').click();

    await expect
      .poll(async () => (await stored()).features.some((feature) => feature.id === unresolved))
      .toBe(false);
    const placed = (await stored()).features.find(
      (feature) => feature.properties.name === 'Brovarka hospital'
    )!;
    expect(placed.properties).toMatchObject({
      kind: 'facility',
      mentions: [{ text: 'Brovarka Hospital', reassigned: { from: unresolved } }]
    });
    await expect.poll(() => page.locator(`[data-testid="place-${unresolved}"]`).count()).toBe(0);
    await expect.poll(() => page.locator(`[data-testid="place-${placed.id}"]`).count()).toBe(1);
    expect((await stored()).review!.edits.map((edit) => [edit.edit.kind, edit.client])).toEqual([
      ['add', 'desk-add'],
      ['add', 'desk-add'],
      ['add', 'desk-add']
    ]);
  });
});

describe('candidates that can be told apart', () => {
  it('shows each namesake’s kind, unit, country and population, never two rows alike', async () => {
    const namesakes = (await post<{ id: string }>(baseUrl, '/api/articles', 'text/plain', NAMESAKES)).body.id;
    const alexandria = (await stored(namesakes)).features.find(
      (feature) => feature.properties.name === 'Alexandria'
    )!;
    expect(alexandria.properties.alternatives.length).toBeGreaterThanOrEqual(3);
    const other = await openForReview(namesakes);
    try {
      const place = other.locator('li', { has: other.locator(`[data-testid="place-${alexandria.id}"]`) });
      await place.locator('[data-testid="change-resolution"]').click();
      const rows = place.locator('[data-testid="candidates"] li');
      await expect.poll(() => place.locator('[data-testid="candidates"]').textContent()).toMatch(/Egypt/);
      const texts = await rows.allTextContents();
      expect(texts).toHaveLength(alexandria.properties.alternatives.length);
      expect(new Set(texts).size).toBe(texts.length);
      for (const text of texts) {
        expect(text).not.toMatch(/score/);
        expect(text).toMatch(/^Alexandria (city|admin1) · ([^·]+, )?[A-Z][A-Za-z ]+ · pop\. [\d,]+/);
      }
      expect(texts.join('\n')).toMatch(/Egypt[^]*United States|United States[^]*Egypt/);
    } finally {
      await other.context().close();
    }
  });
});
