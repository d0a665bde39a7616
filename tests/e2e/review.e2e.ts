import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedGeoJson } from '../../src/lib/annotated/schema';
import { call, post, postJson } from './api/api-requests';
import { baseUrl, useChromium, visit, waitForMapIdle } from './browser';
import { renderedByRole, settled } from './dashboard-page';

const chromium = useChromium();

// A copy of the seed under an id of its own (one more newline), so this file's edits leave the
// seed that the other dashboard tests read untouched.
const seedCopy = `${readFileSync('src/lib/demo/seed.txt', 'utf8')}\n`;
let id: string;

const admin1 = JSON.parse(readFileSync('geodata/admin1.geojson', 'utf8')) as {
  features: { properties: { id: string; name: string; labelLon: number; labelLat: number } }[];
};
const labelPoint = (code: string) => {
  const feature = admin1.features.find((candidate) => candidate.properties.id === code);
  if (!feature) throw new Error(`no unit ${code} in geodata/admin1.geojson`);
  return [feature.properties.labelLon, feature.properties.labelLat] as [number, number];
};

/** Clicks the map at a longitude/latitude (which must be in view). */
async function clickMapAt(page: Page, lonLat: [number, number]): Promise<void> {
  const point = await page.evaluate((at) => {
    const map = window.__wiremapMap!;
    const pixel = map.project(at);
    const canvas = map.getCanvas().getBoundingClientRect();
    if (pixel.x < 0 || pixel.y < 0 || pixel.x > canvas.width || pixel.y > canvas.height)
      throw new Error(`${at.join(',')} is not in view`);
    const x = canvas.left + pixel.x;
    const y = canvas.top + pixel.y;
    // What a person would hit there: the map, not a panel laid over it.
    const hit = document.elementFromPoint(x, y);
    if (hit !== map.getCanvas())
      throw new Error(`${at.join(',')} is covered by ${hit?.outerHTML.slice(0, 80)}`);
    return { x, y };
  }, lonLat);
  await page.mouse.click(point.x, point.y);
}

const stored = async () =>
  (await call<{ annotated: AnnotatedGeoJson }>(baseUrl, `/api/articles/${id}`)).body.annotated;

async function openArticle(): Promise<Page> {
  const { page } = await visit(chromium.browser, `/?article=${id}`, { width: 1280, height: 800 });
  await waitForMapIdle(page);
  return page;
}

beforeAll(async () => {
  const created = await post<{ id: string }>(baseUrl, '/api/articles', 'text/plain', seedCopy);
  expect(created.status).toBe(201);
  id = created.body.id;
});

describe('reviewing an article on the dashboard', () => {
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    page = await openArticle();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.locator('[data-testid="review-toggle"]').click();
    await page.locator('[data-testid="review-client"]').fill('desk-e2e');
    await page.locator('[data-testid="review-client"]').dispatchEvent('change');
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it('assigns the six struck regions by clicking oblasts on the map, with a source and a note', async () => {
    const six = (await stored()).features.find((feature) => feature.properties.count === 6)!;
    expect(six.properties.ref).toHaveProperty('unresolved');

    // The legend lists each collective reference the article leaves unnamed; pick the six regions'.
    await page
      .locator('[data-testid="unnamed-struck"]', { hasText: '6 regions' })
      .locator('[data-testid="assign-units-legend"]')
      .click();
    const panel = page.locator('[data-testid="assign-panel"]');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await page.locator('[data-testid="assign-count"]').textContent()).toBe('0 of 6 chosen');
    // The map moves to Ukraine, clear of the panel; clicks land once it has settled.
    await settled(page);

    const units = ['UA-12', 'UA-18', 'UA-53', 'UA-59', 'UA-63', 'UA-74'];
    for (const code of units) await clickMapAt(page, labelPoint(code));
    // A seventh click adds Lviv Oblast; clicking it again takes it away.
    await clickMapAt(page, labelPoint('UA-46'));
    await expect.poll(() => page.locator('[data-testid="assign-count"]').textContent()).toBe('7 of 6 chosen');
    await clickMapAt(page, labelPoint('UA-46'));
    await expect.poll(() => page.locator('[data-testid="assign-count"]').textContent()).toBe('6 of 6 chosen');
    expect(await panel.getByRole('list', { name: 'Chosen regions' }).textContent()).toContain('Sumy Oblast');

    // Picked units are flagged on the base map itself.
    const picked = await page.evaluate(
      (codes) =>
        codes.map(
          (code) => window.__wiremapMap!.getFeatureState({ source: 'admin1', id: code }).picked === true
        ),
      [...units, 'UA-46']
    );
    expect(picked).toEqual([true, true, true, true, true, true, false]);

    // Save stays off until a source is given.
    expect(await page.locator('[data-testid="assign-save"]').isDisabled()).toBe(true);
    await page.locator('[data-testid="assign-source"]').fill('https://energy.example/outages');
    await page.locator('[data-testid="assign-note"]').fill('named by the ministry a day later');
    await page.locator('[data-testid="assign-save"]').click();
    await expect.poll(() => panel.count()).toBe(0);

    const after = (await stored()).features.find((feature) => feature.id === six.id)!;
    expect(after.properties.ref).toEqual({ set: units, named_in_text: false, basis: 'analyst' });
    expect(after.properties.resolvedBy).toMatchObject({
      source: 'https://energy.example/outages',
      note: 'named by the ministry a day later'
    });
    expect(after.properties.needsReview).toBeUndefined();
    expect(after.geometry?.type).toBe('MultiPolygon');

    // The map draws the six as struck, and the legend no longer asks for review.
    await settled(page);
    await expect
      .poll(async () => ((await renderedByRole(page)).struck ?? []).map((item) => item.id))
      .toContain(six.id);
    await expect
      .poll(() => page.locator('[data-testid="resolved-by"]').first().textContent())
      .toMatch(/energy\.example: named by the ministry a day later/);
  });

  it('changes a resolution from the candidate list', async () => {
    const before = await stored();
    const kyiv = before.features.find((feature) => feature.properties.name === 'Kyiv')!;
    const oblast = kyiv.properties.alternatives.find((candidate) => candidate.id === 'admin1:UA-32')!;
    expect(oblast).toBeDefined();

    const place = page.locator('li', { has: page.locator(`[data-testid="place-${kyiv.id}"]`) });
    await place.locator('[data-testid="change-resolution"]').click();
    await place.getByRole('button', { name: /Resolve Kyiv to Kyiv Oblast/ }).click();

    await expect
      .poll(async () => (await stored()).features.some((feature) => feature.id === kyiv.id))
      .toBe(false);
    const moved = (await stored()).features.find((feature) => feature.id === 'admin1:UA-32')!;
    expect(moved.properties.mentions.map((mention) => mention.start)).toEqual(
      kyiv.properties.mentions.map((mention) => mention.start)
    );
    expect(moved.properties.mentions.every((mention) => mention.reassigned?.from === kyiv.id)).toBe(true);
    // Claims that named Kyiv name the oblast now.
    const kyivClaims = before.claims.filter((claim) => claim.places.includes(kyiv.id));
    const claimsNow = (await stored()).claims;
    for (const claim of kyivClaims)
      expect(claimsNow.find((candidate) => candidate.start === claim.start)!.places).toContain(
        'admin1:UA-32'
      );
    await expect.poll(() => page.locator(`[data-testid="place-admin1:UA-32"]`).count()).toBe(1);
  });

  it('changes a resolution to any gazetteer entry found by search', async () => {
    const istanbul = (await stored()).features.find((feature) => feature.properties.name === 'Istanbul')!;
    const place = page.locator('li', { has: page.locator(`[data-testid="place-${istanbul.id}"]`) });
    await place.locator('[data-testid="change-resolution"]').click();
    await place.locator('[data-testid="gazetteer-query"]').fill('Ankara');
    await place.getByRole('button', { name: 'Search', exact: true }).click();
    const hits = place.locator('[data-testid="gazetteer-hits"]');
    await expect.poll(() => hits.textContent()).toMatch(/Ankara/);
    await hits
      .getByRole('button', { name: /Resolve Istanbul to Ankara \(city/ })
      .first()
      .click();
    await expect
      .poll(async () => (await stored()).features.find((feature) => feature.properties.name === 'Ankara')?.id)
      .toMatch(/^geonames:/);
    expect((await stored()).features.some((feature) => feature.id === istanbul.id)).toBe(false);
  });

  it('keeps notes on a place, a claim and a figure, and a claim status', async () => {
    const collection = await stored();
    const pokrovsk = collection.features.find((feature) => feature.properties.name === 'Pokrovsk')!;
    const demand = collection.claims.find((claim) => claim.type === 'demand')!;
    const households = collection.figures.find((figure) => figure.counts === 'households')!;

    const place = page.locator('li', { has: page.locator(`[data-testid="place-${pokrovsk.id}"]`) });
    await place.locator('[data-testid="note-add"]').click();
    await place.locator('[data-testid="note-text"]').fill('Front line 5 km east, per the regional governor.');
    await place.locator('[data-testid="note-save"]').click();
    await expect
      .poll(() => place.locator('[data-testid="note"]').textContent())
      .toMatch(/Front line 5 km east/);

    const claimIndex = collection.claims.indexOf(demand);
    const claim = page.locator('li', { has: page.locator(`[data-testid="claim-${claimIndex}"]`) });
    await claim.locator('[data-testid="claim-status-select"]').selectOption('disputed');
    await expect.poll(() => claim.locator('[data-testid="claim-status"]').textContent()).toMatch(/disputed/i);
    await claim.locator('[data-testid="note-add"]').click();
    await claim.locator('[data-testid="note-text"]').fill('Kyiv rejects this outright.');
    await claim.locator('[data-testid="note-save"]').click();
    await expect
      .poll(() => claim.locator('[data-testid="note"]').textContent())
      .toMatch(/rejects this outright/);

    const figureIndex = collection.figures.indexOf(households);
    const figure = page.locator('li', { has: page.locator(`[data-testid="figure-${figureIndex}"]`) });
    await figure.locator('[data-testid="note-add"]').click();
    await figure.locator('[data-testid="note-text"]').fill('Operator figure, not checked.');
    await figure.locator('[data-testid="note-save"]').click();
    await expect.poll(() => figure.locator('[data-testid="note"]').textContent()).toMatch(/Operator figure/);

    const after = await stored();
    expect(after.features.find((feature) => feature.id === pokrovsk.id)!.properties.notes).toEqual([
      expect.objectContaining({
        text: 'Front line 5 km east, per the regional governor.',
        client: 'desk-e2e'
      })
    ]);
    const claimAfter = after.claims.find((candidate) => candidate.start === demand.start)!;
    expect(claimAfter.status).toBe('disputed');
    expect(claimAfter.notes?.map((note) => note.text)).toEqual(['Kyiv rejects this outright.']);
    expect(after.figures.find((candidate) => candidate.start === households.start)!.notes?.[0]?.text).toBe(
      'Operator figure, not checked.'
    );
  });

  it('shows the audit trail: every edit, newest first, with who made it', async () => {
    const trail = (
      await call<{ version: number; edits: { version: number; client: string }[] }>(
        baseUrl,
        `/api/articles/${id}/edits`
      )
    ).body;
    expect(trail.version).toBe(7);
    expect(trail.edits.every((edit) => edit.client === 'desk-e2e')).toBe(true);

    const rows = page.locator('[data-testid="audit-row"]');
    await expect.poll(() => rows.count()).toBe(7);
    const texts = await rows.allTextContents();
    expect(texts[0]).toMatch(/v7 .*desk-e2e/s);
    expect(texts[0]).toMatch(/Note on figure/i);
    expect(texts.at(-1)).toMatch(/Resolved .*six regions.*Dnipropetrovsk Oblast/s);
    expect(texts.at(-1)).toMatch(/energy\.example/);
    expect(consoleErrors).toEqual([]);
  });

  it('keeps the review through a reload and in the export', async () => {
    const reloaded = await openArticle();
    expect(await reloaded.locator('[data-testid="resolved-by"]').count()).toBeGreaterThan(0);
    expect(await reloaded.locator('[data-testid="note"]').count()).toBe(3);
    const exported = await call<AnnotatedGeoJson>(baseUrl, `/api/articles/${id}/geojson`);
    expect(exported.body.review?.version).toBe(7);
    expect(exported.body.review?.edits.every((edit) => edit.state === 'applied')).toBe(true);
    await reloaded.context().close();
  });
});

describe('the article list', () => {
  const dated = (published: string, place: string) =>
    postJson<{ id: string }>(baseUrl, '/api/articles', {
      text: `Firefighters in ${place} put out a warehouse blaze on Monday, the city council said.\n`,
      title: `Warehouse blaze in ${place}`,
      published
    });

  it('filters stored articles by publication date and opens the one chosen', async () => {
    const early = await dated('2019-03-04', 'Vinnytsia');
    const late = await dated('2019-06-10', 'Chernivtsi');
    expect([early.status, late.status]).toEqual([201, 201]);

    const page = await openArticle();
    await page.locator('[data-testid="articles-toggle"]').click();
    const list = page.locator('[data-testid="article-list"]');
    await expect.poll(() => list.locator(`[data-testid="article-${early.body.id}"]`).count()).toBe(1);

    await page.locator('[data-testid="articles-from"]').fill('2019-05-01');
    await page.locator('[data-testid="articles-to"]').fill('2019-07-01');
    await page.locator('[data-testid="articles-to"]').dispatchEvent('change');
    await expect.poll(() => list.locator('.count').textContent()).toBe('1 article in these dates');
    expect(await list.locator('li button').count()).toBe(1);
    expect(await list.locator('li button').textContent()).toMatch(
      /Warehouse blaze in Chernivtsi.*2019-06-10/s
    );

    await list.locator(`[data-testid="article-${late.body.id}"]`).click();
    await page.waitForURL(new RegExp(`article=${late.body.id}`));
    await expect.poll(() => page.locator('h2').textContent()).toBe('Warehouse blaze in Chernivtsi');
    await page.context().close();
  });
});

describe('the layer across stored articles', () => {
  it('colours each oblast by how many articles, claims or figures concern it, with a legend', async () => {
    const aggregate = (
      await call<{ units: { unit: string; articles: number; claims: number; figures: number }[] }>(
        baseUrl,
        '/api/aggregate'
      )
    ).body.units;
    const donetsk = aggregate.find((row) => row.unit === 'UA-14')!;
    // The seed and its reviewed copy both concern Donetsk Oblast.
    expect(donetsk.articles).toBeGreaterThanOrEqual(2);

    const page = await openArticle();
    await page.locator('[data-testid="aggregate-toggle"]').check();
    const legend = page.locator('[data-testid="aggregate-legend"]');
    await expect.poll(() => legend.isVisible()).toBe(true);
    expect(await legend.locator('li[data-unit="UA-14"] .count').textContent()).toBe(String(donetsk.articles));

    // What the choropleth paints for Donetsk Oblast: the count in its colour expression.
    const paintedCount = () =>
      page.evaluate(() => {
        const map = window.__wiremapMap!;
        if (!map.getLayer('aggregate-fill')) return null;
        const colour = map.getPaintProperty('aggregate-fill', 'fill-color') as unknown[];
        const match = colour[2] as unknown[];
        const at = match.indexOf('UA-14');
        return at < 0 ? null : match[at + 1];
      });
    await expect.poll(paintedCount).toBe(donetsk.articles);
    await waitForMapIdle(page);
    const drawn = await page.evaluate(() =>
      window
        .__wiremapMap!.queryRenderedFeatures({ layers: ['aggregate-fill'] })
        .map((feature) => feature.properties.id)
    );
    expect(drawn).toContain('UA-14');

    // Colouring by claims redraws with the claim counts.
    expect(donetsk.claims).not.toBe(donetsk.articles);
    await page.getByRole('radio', { name: 'Claims' }).check();
    await expect.poll(paintedCount).toBe(donetsk.claims);
    expect(await legend.locator('figcaption').textContent()).toMatch(/claim/i);
    expect(await legend.locator('li[data-unit="UA-14"] .count').textContent()).toBe(String(donetsk.claims));

    // A permalink keeps the layer and its measure.
    await expect.poll(() => new URL(page.url()).searchParams.get('across')).toBe('claims');
    const permalink = page.url();
    const reopened = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await reopened.goto(permalink);
    await waitForMapIdle(reopened);
    await expect
      .poll(() =>
        reopened.evaluate(() => {
          const map = window.__wiremapMap!;
          if (!map.getLayer('aggregate-fill')) return null;
          const match = (map.getPaintProperty('aggregate-fill', 'fill-color') as unknown[])[2] as unknown[];
          return match[match.indexOf('UA-14') + 1];
        })
      )
      .toBe(donetsk.claims);
    expect(await reopened.locator('[data-testid="aggregate-toggle"]').isChecked()).toBe(true);
    await reopened.context().close();

    await page.locator('[data-testid="aggregate-toggle"]').uncheck();
    await expect
      .poll(() =>
        page.evaluate(() =>
          window.__wiremapMap!.getStyle().layers.some((layer) => layer.id === 'aggregate-fill')
        )
      )
      .toBe(false);
    await expect.poll(() => new URL(page.url()).searchParams.has('across')).toBe(false);
    await page.context().close();
  });
});
