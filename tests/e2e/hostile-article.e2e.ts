import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedGeoJson } from '../../src/lib/annotated/schema';
import { call, postJson } from './api/api-requests';
import { baseUrl, useChromium, waitForMapIdle } from './browser';
import { pointOnPage, settled } from './dashboard-page';

// Every payload, if it ever ran, would leave a mark: a dialog, window.__pwned, or a request to
// another origin (evil.example) or to our own /x.
const script = `<script>window.__pwned='script';alert('script')</script>`;
const image = `<img src=x onerror="window.__pwned='img';alert('img');fetch('https://evil.example/img')">`;
const title = `<img src=x onerror="alert('title')">"'); DROP TABLE articles; -- \u202Egnp.exe`;
const text = [
  `KHARKIV: Russian drones struck Kharkiv and three regions overnight ${script}, the regional governor said.`,
  `"<svg onload=window.__pwned='svg'>We will rebuild every school," said Oleh <b onmouseover="alert('b')">Syniehubov</b>. ${image}`,
  `Officials in Odesa said <a href="javascript:alert('link')">photos</a> showed 1,200 homes without power '); alert('quote'); //.`,
  `A spokesman in Lviv called the claim "javascript:alert(1)" and "\u202Eexe.tnemucod\u202C, while "unbalanced quotes ran on.`
].join('\n\n');
const hostileNote = `<img src=x onerror="alert('note')"> check \u202Esiht`;
const hostileClient = `"><script>alert('client')</script>`;

const chromium = useChromium();
let id: string;
let collection: AnnotatedGeoJson;

/** Everything the page did that it should not have. */
interface Marks {
  dialogs: string[];
  requests: string[];
  violations: string[];
}

/**
 * Opens `path` in a new context, recording dialogs, requests that leave the origin (or hit
 * `/x`) and CSP violations; waits for the map's idle when the page is the dashboard.
 */
async function openWatched(path: string, { map = true } = {}): Promise<{ page: Page; marks: Marks }> {
  const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const marks: Marks = { dialogs: [], requests: [], violations: [] };
  page.on('dialog', (dialog) => {
    marks.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== new URL(baseUrl).origin || url.pathname === '/x') marks.requests.push(request.url());
  });
  await page.exposeFunction('__reportViolation', (what: string) => marks.violations.push(what));
  // A blocked inline script or handler would show up as a CSP violation: there must be none.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { __reportViolation: (what: string) => void }).__reportViolation(
        `${event.violatedDirective}: ${event.blockedURI}`
      )
    );
  });
  await page.goto(new URL(path, baseUrl).href);
  if (map) await waitForMapIdle(page);
  else await page.waitForLoadState('load');
  return { page, marks };
}

/** Everything in the document that could run or load: handlers, javascript: links, stray images. */
function liveMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll(
        '[onerror], [onload], [onmouseover], [onclick], a[href^="javascript:" i], img, iframe, object, embed, svg script'
      )
    ].map((element) => element.outerHTML.slice(0, 100))
  );
}

beforeAll(async () => {
  const created = await postJson<{ id: string }>(baseUrl, '/api/articles', {
    text,
    title,
    url: 'https://news.example/story?q="><script>alert(1)</script>',
    published: '2025-02-03'
  });
  expect(created.status).toBe(201);
  id = created.body.id;
  collection = (await call<{ annotated: AnnotatedGeoJson }>(baseUrl, `/api/articles/${id}`)).body.annotated;

  const edit = (version: number, value: unknown) =>
    postJson<{ error?: string }>(
      baseUrl,
      `/api/articles/${id}/edits`,
      { version, edit: value },
      {
        'x-wiremap-client': hostileClient
      }
    );
  const kharkiv = collection.features.find((feature) => feature.properties.name === 'Kharkiv')!;
  const collective = collection.features.find((feature) => feature.properties.kind === 'collective')!;
  expect(
    (await edit(0, { kind: 'note', target: { type: 'place', id: kharkiv.id }, text: hostileNote })).status
  ).toBe(201);
  expect(
    (
      await edit(1, {
        kind: 'resolve',
        place: collective.id,
        units: ['UA-63', 'UA-59', 'UA-74'],
        // No white space: an address with white space is refused (stored-strings.e2e.ts).
        source: 'https://evil.example/"><img/src=x/onerror=alert(1)>',
        note: `${script} named later`
      })
    ).status
  ).toBe(201);
  const claim = collection.claims[0]!;
  expect(
    (await edit(2, { kind: 'note', target: { type: 'claim', start: claim.start }, text: image })).status
  ).toBe(201);
});

describe('an article full of markup and tricks', () => {
  it('refuses a javascript: source for a resolution', async () => {
    const collective = collection.features.find((feature) => feature.properties.kind === 'collective')!;
    const refused = await postJson<{ error: string }>(baseUrl, `/api/articles/${id}/edits`, {
      version: 3,
      edit: { kind: 'resolve', place: collective.id, units: ['UA-63'], source: 'javascript:alert(1)' }
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/source/);
  });

  it('renders inert everywhere on the dashboard: sidebar, legend, popup, review, article list', async () => {
    const { page, marks } = await openWatched(`/?article=${id}`);
    await page.locator('[data-testid="review-toggle"]').click();
    await page.locator('[data-testid="articles-toggle"]').click();
    await page.locator('[data-testid="aggregate-toggle"]').check();
    await expect.poll(() => page.locator('[data-testid="audit-row"]').count()).toBe(3);
    await expect.poll(() => page.locator('[data-testid="article-list"] li').count()).toBeGreaterThan(0);
    await settled(page);
    const kharkiv = await pointOnPage(page, 'Kharkiv');
    await page.mouse.move(kharkiv.x, kharkiv.y);
    await expect.poll(() => page.locator('.place-popup').count()).toBe(1);

    // The markup is there as text, to be read, not as elements.
    const shown = (await page.locator('aside.sidebar').textContent())!;
    expect(shown).toContain("<script>window.__pwned='script'");
    expect(shown).toContain('<img src=x onerror="alert(\'note\')">');
    expect(shown).toContain(hostileClient);
    expect(await page.locator('h2').first().textContent()).toBe(title.replace('\u202E', '\uFFFD'));
    // Bidirectional overrides are shown, never obeyed.
    expect(shown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(await page.title()).toContain('<img src=x onerror=');

    expect(await liveMarkup(page)).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(marks).toEqual({ dialogs: [], requests: [], violations: [] });
    await page.context().close();
  });

  it('exports under a plain file name, as data that no browser renders as a page', async () => {
    const response = await fetch(new URL(`/api/articles/${id}/geojson`, baseUrl));
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="img-src-x-onerror-alert-title-drop-table-articles-gnp-exe.geojson"'
    );
    expect(response.headers.get('content-type')).toBe('application/geo+json');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'"
    );
    const exported = (await response.json()) as AnnotatedGeoJson;
    // Kept exactly as written: the export is the record, not a display.
    expect(exported.article.title).toBe(title);
    expect(exported.article.text).toBe(text);

    // Opened directly in the browser, the export is not a document that runs anything.
    const { page, marks } = await openWatched(`/api/articles/${id}`, { map: false });
    expect(await liveMarkup(page)).toEqual([]);
    expect(marks).toEqual({ dialogs: [], requests: [], violations: [] });
    await page.context().close();
  });

  it('sends the security headers with the page and a strict content security policy', async () => {
    const response = await fetch(new URL(`/?article=${id}`, baseUrl));
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:/);
    expect(policy).toMatch(/frame-ancestors 'none'/);
    const expected: [string, string][] = [
      ['x-content-type-options', 'nosniff'],
      ['x-frame-options', 'DENY'],
      ['referrer-policy', 'no-referrer'],
      ['cross-origin-opener-policy', 'same-origin']
    ];
    for (const [name, value] of expected) expect(response.headers.get(name), name).toBe(value);
  });
});
