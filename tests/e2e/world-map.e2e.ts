import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedGeoJson } from '../../src/lib/annotated/schema';
import { baseLayerIds } from '../../src/lib/map/base-ids';
import { call, postJson } from './api/api-requests';
import { baseUrl, useChromium, visit, waitForMapIdle, type VisitedPage } from './browser';
import { drawnPlaces, featureState, placeId, placeRoles, pointOnPage, settled } from './dashboard-page';

// Articles of our own, on four continents: a disaster whose places are all plain mentions
// (Peru), an attack on cities (Nigeria), talks between capitals (Japan, South Korea) and a
// story naming a sea (Germany, the North Sea). A country written only to locate a town ("in
// north-eastern Nigeria", "Busan, South Korea") is a plain mention; the role areas are drawn for
// countries that are themselves the event place ("attacked Nigeria's north-east", "talks in Japan").
const stories = [
  { name: 'quake', concerned: ['PE'], notConcerned: ['CL', 'BO'] },
  { name: 'attack', concerned: ['NG'], notConcerned: ['NE'] },
  { name: 'talks', concerned: ['JP', 'KR'], notConcerned: ['CN'] },
  { name: 'water', concerned: ['DE'], notConcerned: ['NL'] }
] as const;

const viewports = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 }
];

const chromium = useChromium();
const stored = new Map<string, { id: string; collection: AnnotatedGeoJson }>();

beforeAll(async () => {
  for (const story of stories) {
    const text = readFileSync(`tests/e2e/articles/${story.name}.txt`, 'utf8');
    const created = await postJson<{ id: string }>(baseUrl, '/api/articles', {
      text,
      published: '2025-06-02'
    });
    expect([200, 201]).toContain(created.status);
    const { annotated } = (
      await call<{ annotated: AnnotatedGeoJson }>(baseUrl, `/api/articles/${created.body.id}`)
    ).body;
    stored.set(story.name, { id: created.body.id, collection: annotated });
  }
  mkdirSync('test-results', { recursive: true });
});

/** Feature ids drawn by the role layers inside the viewport, and the layers' visibility by role. */
async function drawnInView(page: Page): Promise<string[]> {
  return [...new Set((await drawnPlaces(page)).map((place) => place.featureId))];
}

/** Countries whose first-level names are drawn. */
async function admin1LabelCountries(page: Page): Promise<string[]> {
  return page.evaluate(
    (layers) => [
      ...new Set(
        window
          .__wiremapMap!.queryRenderedFeatures({
            layers: layers.filter((id) => window.__wiremapMap!.getLayer(id))
          })
          .map((feature) => String(feature.properties.country))
      )
    ],
    [
      baseLayerIds.admin1LabelInFocus,
      `${baseLayerIds.admin1LabelInFocus}-of-place`,
      baseLayerIds.admin1LabelOther
    ]
  );
}

describe.each(stories)('the $name story', (story) => {
  describe.each(viewports)('at $width×$height', (viewport) => {
    let visited: VisitedPage;

    beforeAll(async () => {
      visited = await visit(chromium.browser, `/?article=${stored.get(story.name)!.id}`, viewport);
      await waitForMapIdle(visited.page);
      await visited.page.screenshot({
        path: `test-results/world-map-${story.name}-${viewport.width}x${viewport.height}.png`
      });
    });

    afterAll(async () => {
      await visited?.page.context().close();
    });

    it('opens on every located place of the article, drawn inside the first view', async () => {
      const { collection } = stored.get(story.name)!;
      const visible = await visited.page.evaluate(() =>
        [...document.querySelectorAll<HTMLInputElement>('[data-testid="legend"] input[data-role]')]
          .filter((input) => input.checked)
          .map((input) => input.dataset.role)
      );
      const drawn = await drawnInView(visited.page);
      const located = collection.features.filter((feature) => feature.geometry !== null);
      expect(located.length).toBeGreaterThan(2);
      // Every located place whose layer is on; the layers on at first show at least the places
      // where something happens, and every place when all are plain mentions.
      const roleOf = await placeRoles(visited.page);
      const expected = located.filter((feature) => visible.includes(roleOf[feature.id]));
      expect(expected.length).toBeGreaterThan(1);
      expect(drawn.sort()).toEqual(expect.arrayContaining(expected.map((feature) => feature.id).sort()));
    });

    it('loads and names first-level units only of the countries the story concerns', async () => {
      const admin1Files = visited.requestedUrls
        .map((url) => /\/geodata\/admin1-([A-Z]{2})\.json$/.exec(url)?.[1])
        .filter((code): code is string => code !== undefined)
        .sort();
      expect(admin1Files).toEqual([...story.concerned].sort());
      const labelled = await admin1LabelCountries(visited.page);
      for (const country of labelled) expect(story.concerned).toContain(country);
      for (const country of story.notConcerned) expect(labelled).not.toContain(country);
    });

    it('lists only the roles the article has, each with its count', async () => {
      const { collection } = stored.get(story.name)!;
      const roles = await visited.page.evaluate(() =>
        [...document.querySelectorAll<HTMLInputElement>('[data-testid="legend"] input[data-role]')].map(
          (input) => [input.dataset.role!, input.getAttribute('aria-label')!] as const
        )
      );
      const inSource = Object.values(await placeRoles(visited.page));
      const present = new Set(inSource);
      for (const [role] of roles)
        expect(present.has(role) || collection.features.some((f) => f.geometry === null)).toBe(true);
      expect(roles.length).toBeLessThan(6);
      for (const [, label] of roles) expect(label).toMatch(/: \d+ features?$/);
    });

    it('logs no console errors', () => {
      expect(visited.consoleErrors).toEqual([]);
    });
  });
});

describe('roles on the world map', () => {
  let page: Page;
  const open = async (name: string) => {
    const visited = await visit(chromium.browser, `/?article=${stored.get(name)!.id}`, {
      width: 1280,
      height: 800
    });
    await waitForMapIdle(visited.page);
    page = visited.page;
    return visited;
  };
  afterAll(async () => {
    await page?.context().close();
  });

  it('draws the places a disaster hit as affected areas, listed in the legend, where rescuers came from as a mention', async () => {
    await open('quake');
    const affected = (await drawnPlaces(page, '^role-affected-(point|(.+-)?fill)$')).map(
      (place) => `${place.name}:${place.layerType}`
    );
    expect(affected).toEqual(
      expect.arrayContaining(['Arequipa:circle', 'Moquegua:circle', 'Tacna:circle', 'Peru:fill'])
    );
    expect(affected.some((item) => item.startsWith('Lima:'))).toBe(false);
    const legend = page.locator('[data-testid="legend"] input[data-role="affected"]');
    expect(await legend.getAttribute('aria-label')).toMatch(/^Affected areas: \d+ features$/);
    expect(await legend.isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.get('layers')).toBeNull();
    await page.context().close();
  });

  it('names the event kind in the legend and in the popup of a struck city', async () => {
    const { consoleErrors } = await open('attack');
    expect(await page.locator('[data-testid="kinds-struck"] li').allTextContents()).toEqual([
      expect.stringMatching(/^attack or strike \d+$/)
    ]);
    const maiduguri = await pointOnPage(page, 'Maiduguri');
    await page.mouse.move(maiduguri.x, maiduguri.y);
    const popup = page.locator('.place-popup');
    await expect.poll(() => popup.textContent()).toContain('Maiduguri');
    expect(await popup.textContent()).toMatch(/Struck places · attack or strike · 1 mention$/);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('draws struck cities as points and a struck country as an area', async () => {
    await open('attack');
    const struck = (await drawnPlaces(page, '^role-struck-(point|(.+-)?fill)$')).map(
      (place) => `${place.name}:${place.layerType}`
    );
    expect(struck).toEqual(
      expect.arrayContaining(['Maiduguri:circle', 'Damaturu:circle', 'Biu:circle', 'Nigeria:fill'])
    );
    // "Maiduguri and Damaturu in north-eastern Nigeria": there Nigeria only locates the towns.
    const { collection } = stored.get('attack')!;
    const nigeria = collection.features.find((feature) => feature.properties.name === 'Nigeria')!;
    const roleAt = (start: number) => nigeria.properties.mentions.find((m) => m.start === start)?.role;
    const text = collection.article.text;
    expect(roleAt(text.indexOf('Nigeria on Thursday'))).toBe('mentioned');
    expect(roleAt(text.indexOf("Nigeria's north-east"))).toBe('struck');
    await page.context().close();
  });

  it('draws a meeting city as a point and a meeting country as an area', async () => {
    await open('talks');
    const meeting = (await drawnPlaces(page, '^role-meeting-(point|(.+-)?fill)$')).map(
      (place) => `${place.name}:${place.layerType}`
    );
    expect(meeting).toEqual(expect.arrayContaining(['Tokyo:circle', 'Busan:circle', 'Japan:fill']));
    // "meet in Busan, South Korea": South Korea only locates the meeting city.
    expect(meeting.some((item) => item.startsWith('South Korea:'))).toBe(false);
    const korea = stored
      .get('talks')!
      .collection.features.find((feature) => feature.properties.name === 'South Korea')!;
    expect((await placeRoles(page))[korea.id]).toBe('mentioned');
  });
});

describe('names on the map', () => {
  it('names only the larger provinces of Japan and Korea on a phone, not all of them crowded', async () => {
    const visited = await visit(chromium.browser, `/?article=${stored.get('talks')!.id}`, {
      width: 390,
      height: 844
    });
    await waitForMapIdle(visited.page);
    const named = await visited.page.evaluate(
      (layers) => [
        ...new Set(
          window
            .__wiremapMap!.queryRenderedFeatures({
              layers: layers.filter((id) => window.__wiremapMap!.getLayer(id))
            })
            .map((feature) => String(feature.properties.id))
        )
      ],
      [baseLayerIds.admin1LabelInFocus, `${baseLayerIds.admin1LabelInFocus}-of-place`]
    );
    expect(named.length).toBeGreaterThan(0);
    expect(named.length).toBeLessThanOrEqual(6);
    await visited.page.context().close();
  });

  it('names an event region and the town in it both (Donetsk is not hidden behind Pokrovsk)', async () => {
    const visited = await visit(chromium.browser, '/', { width: 1280, height: 800 });
    await waitForMapIdle(visited.page);
    const names = await visited.page.evaluate(
      (layers) =>
        window
          .__wiremapMap!.queryRenderedFeatures({
            layers: layers.filter((id) => window.__wiremapMap!.getLayer(id))
          })
          .map((feature) => String(feature.properties.shortName ?? feature.properties.name)),
      [`${baseLayerIds.admin1LabelInFocus}-of-place`, 'role-event-label']
    );
    expect(names).toEqual(expect.arrayContaining(['Donetsk', 'Pokrovsk']));
    await visited.page.context().close();
  });

  it('keeps the choropleth across articles on its own ramp: the role fills step aside', async () => {
    const visited = await visit(chromium.browser, '/', { width: 1280, height: 800 });
    const { page } = visited;
    await waitForMapIdle(page);
    await page.locator('[data-testid="aggregate-toggle"]').check();
    await page.waitForFunction(() => window.__wiremapMap!.getLayer('aggregate-fill') !== undefined);
    await waitForMapIdle(page);
    const fills = await page.evaluate(() => {
      const map = window.__wiremapMap!;
      return map
        .getStyle()
        .layers.filter((layer) => /^role-.*-fill$/.test(layer.id))
        .map((layer): [string, string] => [
          layer.id,
          String(map.getLayoutProperty(layer.id, 'visibility') ?? 'visible')
        ]);
    });
    expect(fills.length).toBeGreaterThan(0);
    for (const [id, visibility] of fills) expect(visibility, id).toBe('none');
    await page.screenshot({ path: 'test-results/world-map-aggregate-1280x800.png' });
    await page.locator('[data-testid="aggregate-toggle"]').uncheck();
    await page.waitForFunction(() => window.__wiremapMap!.getLayer('aggregate-fill') === undefined);
    expect(
      await page.evaluate(() => window.__wiremapMap!.getLayoutProperty('role-event-fill', 'visibility'))
    ).toBe('visible');
    expect(visited.consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('markers on one spot', () => {
  it('offers each of them, and the one chosen is selected', async () => {
    const visited = await visit(chromium.browser, '/', { width: 1280, height: 800 });
    const { page } = visited;
    await waitForMapIdle(page);
    // The seed's Moscow and the Kremlin are drawn a few pixels apart: the Kremlin's ring on top.
    const moscow = await pointOnPage(page, 'Moscow');
    await page.mouse.click(moscow.x, moscow.y);
    const chooser = page.locator('[data-testid="place-chooser"]');
    await chooser.waitFor();
    const names = await chooser.locator('button strong').allTextContents();
    expect(names.sort()).toEqual(['Kremlin', 'Moscow']);
    await chooser.locator('button', { hasText: 'Moscow' }).click();
    await settled(page);
    const moscowId = await placeId(page, 'Moscow');
    const kremlinId = await placeId(page, 'Kremlin');
    expect(await featureState(page, moscowId)).toMatchObject({ selected: true });
    expect((await featureState(page, kremlinId)).selected ?? false).toBe(false);
    expect(await chooser.count()).toBe(0);
    await page.screenshot({ path: 'test-results/world-map-chooser-1280x800.png' });
    expect(visited.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('lists the actor links in the legend, with their count', async () => {
    const visited = await visit(chromium.browser, '/', { width: 390, height: 844 });
    await waitForMapIdle(visited.page);
    const links = await visited.page.evaluate(
      () =>
        new Set(
          window.__wiremapMap!.querySourceFeatures('actor-links').map((feature) => feature.properties.linkId)
        ).size
    );
    expect(links).toBeGreaterThan(0);
    expect(await visited.page.locator('[data-testid="actor-links-legend"]').textContent()).toMatch(
      new RegExp(`^\\s*${links} links? from an actor to what it speaks about\\s*$`)
    );
    await visited.page.context().close();
  });
});

describe('linking without dead ends', () => {
  let page: Page;
  afterAll(async () => {
    await page?.context().close();
  });

  it('a name clicked in the article text selects its place, shows its hidden layer and brings it into view', async () => {
    const visited = await visit(chromium.browser, `/?article=${stored.get('talks')!.id}`, {
      width: 1280,
      height: 800
    });
    page = visited.page;
    await waitForMapIdle(page);
    const seoul = stored
      .get('talks')!
      .collection.features.find((feature) => feature.properties.name === 'Seoul')!;
    await page
      .locator(`[data-testid="article-text"] mark[data-feature="${seoul.id}"] button`)
      .first()
      .click();
    await settled(page);
    expect(await page.locator('[data-testid="legend"] input[data-role="mentioned"]').isChecked()).toBe(true);
    expect(await featureState(page, seoul.id)).toMatchObject({ selected: true });
    expect(await drawnInView(page)).toContain(seoul.id);
    expect(visited.consoleErrors).toEqual([]);
  });

  it('an actor selected shows what it said, whatever the claim is about', async () => {
    const beijing = stored
      .get('talks')!
      .collection.features.find((feature) => feature.properties.name === 'Beijing')!;
    await page
      .locator(`[data-testid="article-text"] mark[data-feature="${beijing.id}"] button`)
      .first()
      .click();
    await expect
      .poll(() => page.locator('[data-testid="sidebar"], body').first().innerText())
      .toContain('it was watching the talks closely');
  });

  it('a hand-edited address (layers in another order, an unknown role) opens without an error', async () => {
    for (const query of [
      '?layers=contested,event',
      '?layers=event,,bogus&sel=nothing',
      '?layers=meeting&view=oops'
    ]) {
      const visited = await visit(chromium.browser, `/${query}&article=${stored.get('attack')!.id}`, {
        width: 1280,
        height: 800
      });
      await waitForMapIdle(visited.page);
      expect(visited.consoleErrors, query).toEqual([]);
      await visited.page.context().close();
    }
  });
});
