import { describe, expect, it } from 'vitest';
import { postJson } from './api/api-requests';
import { baseUrl, useChromium, visit, waitForMapIdle } from './browser';

// Small bugs of the dashboard (issue 13, "other bugs seen"), each checked where a reader sees it.

const chromium = useChromium();

describe('the needs-review badge', () => {
  it('stays on one line at every sidebar width from a small phone to a tablet', async () => {
    const { page } = await visit(chromium.browser, '/', { width: 1280, height: 800 });
    await waitForMapIdle(page);
    const badge = page.locator('[data-testid="unnamed-struck"] .review').first();
    await badge.waitFor();
    const broken: number[] = [];
    for (let width = 320; width <= 1280; width += 20) {
      await page.setViewportSize({ width, height: 800 });
      const lines = await badge.evaluate((element) => element.getClientRects().length);
      if (lines !== 1) broken.push(width);
    }
    expect(broken).toEqual([]);
    await page.context().close();
  });
});

describe('the application role', () => {
  it('wraps the map alone, so screen readers read the article text as a document', async () => {
    const { page } = await visit(chromium.browser, '/', { width: 1280, height: 800 });
    await waitForMapIdle(page);
    const applications = await page.evaluate(() =>
      [...document.querySelectorAll('[role="application"]')].map((element) => ({
        holdsMap: element.querySelector('canvas.maplibregl-canvas') !== null,
        holdsText: element.querySelector('[data-testid="article-text"]') !== null,
        holdsSidebar: element.querySelector('aside') !== null
      }))
    );
    expect(applications).toEqual([{ holdsMap: true, holdsText: false, holdsSidebar: false }]);
    await page.context().close();
  });
});

describe('error pages', () => {
  it.each([
    ['a malformed article id', '/?article=not-an-id', 400],
    ['an article nobody stored', `/?article=${'0'.repeat(64)}`, 404]
  ])('%s has a title, says what went wrong and links back to the dashboard', async (_case, path, status) => {
    // The page renders in the chromium.browser (ssr = false), so the document itself answers 200 and the
    // status is what the page's load refused with.
    const { page } = await visit(chromium.browser, path, { width: 390, height: 844 });
    const heading = page.getByRole('heading', { level: 2 });
    await heading.waitFor();
    expect(await page.title()).toMatch(new RegExp(`${status}.*wiremap`));
    expect(await heading.textContent()).toMatch(status === 400 ? /not valid|bad/i : /not found/i);
    const back = page.getByRole('link', { name: /dashboard/i });
    expect(await back.getAttribute('href')).toBe('/');
    await back.click();
    await page.waitForURL(new URL('/', baseUrl).href);
    await waitForMapIdle(page);
    await page.context().close();
  });
});

describe('the article list', () => {
  it('reads a reversed date range as the same days, with no error over a stale list', async () => {
    for (const [day, town] of [
      ['2024-11-05', 'Tartu'],
      ['2024-11-20', 'Narva']
    ] as const) {
      const created = await postJson<{ id: string }>(baseUrl, '/api/articles', {
        text: `TALLINN: Floods closed the main road into ${town} on Tuesday, the rescue board said.\n`,
        title: `Floods in ${town}`,
        published: day
      });
      expect([200, 201]).toContain(created.status);
    }
    const { page, consoleErrors } = await visit(chromium.browser, '/', { width: 1280, height: 800 });
    await waitForMapIdle(page);
    await page.locator('[data-testid="articles-toggle"]').click();
    const list = page.locator('[data-testid="article-list"]');
    const from = page.locator('[data-testid="articles-from"]');
    const to = page.locator('[data-testid="articles-to"]');
    // First an ordinary range that lists Tartu, then a reversed one (30 to 10 November) that
    // lists Narva in its place, with no error and no stale Tartu.
    await from.fill('2024-11-01');
    await from.dispatchEvent('change');
    await to.fill('2024-11-10');
    await to.dispatchEvent('change');
    await expect.poll(() => list.locator('li .title').allTextContents()).toEqual(['Floods in Tartu']);
    await from.fill('2024-11-30');
    await from.dispatchEvent('change');
    await expect.poll(() => list.locator('li .title').allTextContents()).toEqual(['Floods in Narva']);
    expect(await list.locator('[role="alert"]').count()).toBe(0);
    expect([await from.inputValue(), await to.inputValue()]).toEqual(['2024-11-10', '2024-11-30']);
    expect(await list.locator('.count').textContent()).toBe('1 article in these dates');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
