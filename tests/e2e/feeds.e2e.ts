import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser';
import { startServer, temporaryDirectory, type ServerProcess } from './server-process';

const chromium = useChromium();
const fixture = (name: string) => readFileSync(`tests/fixtures/feeds/${name}`, 'utf8');

let site: Server;
let siteUrl = '';
let server: ServerProcess;
const folder = temporaryDirectory();

/** A local news site: the RSS feed, its items pointing at it (Split's page served, Zadar's 404). */
function feedSite(): Promise<Server> {
  const served = createServer((request, response) => {
    if (request.url === '/coast.rss')
      return response
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(
          fixture('coast-desk.rss.xml').replaceAll('https://coast.example.org/2026/03/', `${siteUrl}/pages/`)
        );
    if (request.url === '/pages/split-port')
      return response.writeHead(200, { 'content-type': 'text/html' }).end(fixture('split-port.html'));
    response.writeHead(404, { 'content-type': 'text/plain' }).end('no such page');
  });
  return new Promise((resolve) => served.listen(0, '127.0.0.1', () => resolve(served)));
}

beforeAll(async () => {
  site = await feedSite();
  const port = (site.address() as AddressInfo).port;
  siteUrl = `http://127.0.0.1:${port}`;
  // A server of its own, allowed to fetch the local site.
  server = await startServer(`${folder.path}/feeds-ui.db`, {
    env: { WIREMAP_FETCH_ALLOWED_HOSTS: `127.0.0.1:${port}`, WIREMAP_FEEDS: 'off' }
  });
});

afterAll(async () => {
  await server?.stop();
  site?.close();
  folder.remove();
});

describe('feeds in the dashboard', () => {
  it('subscribes to a feed, lists its items as articles, fetches it again and removes it', async () => {
    const { page, consoleErrors } = await chromium.open(`${server.url}/`);
    await page.locator('[data-testid="feeds-toggle"]').click();
    const panel = page.locator('[data-testid="feeds-panel"]');
    await expect.poll(() => panel.textContent()).toContain('No feeds yet.');
    // What is not a feed is refused with the reason, and nothing is listed.
    await page.locator('[data-testid="feed-url"]').fill(`${siteUrl}/pages/split-port`);
    await page.locator('[data-testid="feed-subscribe"]').click();
    await expect
      .poll(() => panel.locator('[role="alert"]').textContent())
      .toMatch(/text\/html, not an RSS or Atom feed/);
    await expect.poll(() => panel.locator('li').count()).toBe(0);

    await page.locator('[data-testid="feed-url"]').fill(`${siteUrl}/coast.rss`);
    await page.locator('[data-testid="feed-subscribe"]').click();
    const feed = panel.locator('li');
    await expect.poll(() => feed.locator('.title').textContent()).toBe('Coast Desk Wire');
    await expect
      .poll(() => feed.locator('.meta').textContent())
      .toMatch(/^fetched .* · 2 articles from 2 items · every 15 min$/);

    await page.locator('[data-testid="articles-toggle"]').click();
    const list = page.locator('[data-testid="article-list"]');
    await expect
      .poll(() => list.locator('li .title').allTextContents())
      .toEqual(expect.arrayContaining(['Storm closes the port of Split', 'Fishing fleet returns to Zadar']));
    const split = list.locator('li', { hasText: 'Storm closes the port of Split' });
    expect(await split.locator('.meta').textContent()).toContain('2026-03-11 · Coast Desk Wire');
    await split.locator('button').click();
    await expect.poll(() => page.locator('h2').textContent()).toBe('Storm closes the port of Split');
    // The linked page was read: its text, not the feed's.
    await expect
      .poll(() => page.locator('[data-testid="article-text"]').textContent())
      .toContain('a storm from the north pushed waves over the breakwater');

    await page.locator('[data-testid="feeds-toggle"]').click();
    await panel.locator('[data-testid="feed-refresh"]').click();
    await expect.poll(() => panel.locator('[data-testid="feed-refresh"]').textContent()).toBe('Fetch now');
    expect(await feed.locator('.meta').textContent()).toContain('2 articles from 2 items');
    await panel.locator('[data-testid="feed-remove"]').click();
    await expect.poll(() => panel.textContent()).toContain('No feeds yet.');
    // The one refusal (422) is the only error the browser logged.
    expect(consoleErrors).toEqual([expect.stringMatching(/status of 422/)]);
    await page.context().close();
  });
});
