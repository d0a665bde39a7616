import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, temporaryDirectory, type ServerProcess } from '../server-process';
import { call, postJson } from './api-requests';
import { refused } from './unchanged-store';
import type { FeedStatus } from '../../../src/lib/dashboard/feed-responses';

type Feed = FeedStatus;
interface Listed {
  id: string;
  title: string;
  url: string | null;
  published: string | null;
  agency: string | null;
}

const fixture = (name: string) => readFileSync(`tests/fixtures/feeds/${name}`, 'utf8');

let siteUrl = '';
/** The RSS feed's items point at this site: Split's page is served, Zadar's is missing (404). */
const rss = () =>
  fixture('coast-desk.rss.xml').replaceAll('https://coast.example.org/2026/03/', `${siteUrl}/pages/`);
let extraAtomEntry = '';
const atom = () => fixture('river-desk.atom.xml').replace('</feed>', `${extraAtomEntry}</feed>`);

/** A local news site serving an RSS and an Atom feed, an item page, and what is not a feed. */
function feedSite(): Promise<Server> {
  const site = createServer((request, response) => {
    const send = (type: string, body: string) => response.writeHead(200, { 'content-type': type }).end(body);
    if (request.url === '/coast.rss') return send('application/rss+xml; charset=utf-8', rss());
    if (request.url === '/river.atom') return send('application/atom+xml', atom());
    if (request.url === '/pages/split-port')
      return send('text/html; charset=utf-8', fixture('split-port.html'));
    if (request.url === '/page.html') return send('text/html', fixture('split-port.html'));
    if (request.url === '/note.xml') return send('application/xml', '<note><to>the desk</to></note>');
    if (request.url === '/huge.xml')
      return send(
        'application/xml',
        `<rss><channel>${'<item><title>x</title></item>'.repeat(200_000)}</channel></rss>`
      );
    response.writeHead(404, { 'content-type': 'text/plain' }).end('no such page');
  });
  return new Promise((resolve) => site.listen(0, '127.0.0.1', () => resolve(site)));
}

let site: Server;
let server: ServerProcess;
const folder = temporaryDirectory();
const feeds = async () => (await call<{ feeds: Feed[] }>(server.url, '/api/feeds')).body.feeds;
const articles = async () =>
  (await call<{ articles: Listed[]; total: number }>(server.url, '/api/articles?limit=100')).body;

beforeAll(async () => {
  site = await feedSite();
  const port = (site.address() as AddressInfo).port;
  siteUrl = `http://127.0.0.1:${port}`;
  server = await startServer(`${folder.path}/feeds.db`, {
    // The schedule is not what is tested here: feeds are fetched when subscribed and refreshed.
    env: { WIREMAP_FETCH_ALLOWED_HOSTS: `127.0.0.1:${port}`, WIREMAP_FEEDS: 'off' }
  });
});

afterAll(async () => {
  await server?.stop();
  site?.close();
  folder.remove();
});

describe('feeds', () => {
  it('refuses a bad address, an unreachable feed and what is no feed, storing nothing', async () => {
    const before = (await articles()).total;
    refused(await postJson(server.url, '/api/feeds', { url: 'not an address' }), 400, /not a URL/);
    refused(await postJson(server.url, '/api/feeds', { url: 'ftp://example.org/feed' }), 400, /only http/);
    refused(await postJson(server.url, '/api/feeds', {}), 400, /url/);
    refused(
      await postJson(server.url, '/api/feeds', { url: `${siteUrl}/coast.rss`, everyMinutes: 0 }),
      400,
      /everyMinutes/
    );
    refused(await postJson(server.url, '/api/feeds', { url: `${siteUrl}/gone.rss` }), 422, /answered 404/);
    refused(
      await postJson(server.url, '/api/feeds', { url: `${siteUrl}/page.html` }),
      422,
      /text\/html, not an RSS or Atom feed/
    );
    refused(
      await postJson(server.url, '/api/feeds', { url: `${siteUrl}/note.xml` }),
      422,
      /root element is <note>/
    );
    refused(await postJson(server.url, '/api/feeds', { url: `${siteUrl}/huge.xml` }), 422, /over 4 MB/);
    refused(
      await postJson(server.url, '/api/feeds', { url: 'http://10.2.3.4/feed' }),
      403,
      /private or local/
    );
    expect(await feeds()).toEqual([]);
    expect((await articles()).total).toBe(before);
  });

  it('subscribes to an RSS feed: items become articles, the linked page read when reachable', async () => {
    const created = await postJson<{ feed: Feed; fetch: { newItems: number; stored: number } }>(
      server.url,
      '/api/feeds',
      { url: `${siteUrl}/coast.rss`, everyMinutes: 30 }
    );
    expect(created.status, created.text).toBe(201);
    expect(created.body.fetch).toMatchObject({ newItems: 2, stored: 2 });
    expect(created.body.feed).toMatchObject({
      title: 'Coast Desk Wire',
      everyMinutes: 30,
      items: 2,
      articles: 2,
      lastError: null
    });
    const listed = (await articles()).articles.filter((article) => article.agency === 'Coast Desk Wire');
    const split = listed.find((article) => article.url === `${siteUrl}/pages/split-port`)!;
    expect(split).toMatchObject({ title: 'Storm closes the port of Split', published: '2026-03-11' });
    const read = await call<{ annotated: { properties: { article: { text: string } } } }>(
      server.url,
      `/api/articles/${split.id}`
    );
    // The page's text, not the feed's shorter content: the page was fetched and read.
    expect(read.text).toContain('a storm from the north pushed waves over the breakwater');
    expect(read.text).not.toContain('Copyright Coast Desk');
    // Zadar's page is missing: its article is the item's own description.
    const zadar = listed.find((article) => article.url === `${siteUrl}/pages/zadar-fleet`)!;
    expect(zadar).toMatchObject({ title: 'Fishing fleet returns to Zadar', published: '2026-03-10' });
    expect((await call(server.url, `/api/articles/${zadar.id}`)).text).toContain(
      'came back early after a week at sea'
    );
  });

  it('answers an address already subscribed with its feed, unchanged', async () => {
    const again = await postJson<{ feed: Feed }>(server.url, '/api/feeds', { url: `${siteUrl}/coast.rss` });
    expect(again.status, again.text).toBe(200);
    expect(again.body.feed).toMatchObject({ everyMinutes: 30, items: 2 });
    expect(await feeds()).toHaveLength(1);
  });

  it('refreshes an Atom feed: only new entries are stored, each once', async () => {
    const created = await postJson<{ feed: Feed }>(server.url, '/api/feeds', {
      url: `${siteUrl}/river.atom`,
      title: 'River desk'
    });
    expect(created.status, created.text).toBe(201);
    expect(created.body.feed).toMatchObject({ title: 'River desk', items: 2, everyMinutes: 15 });
    const total = (await articles()).total;
    const unchanged = await call<{ fetch: { newItems: number } }>(
      server.url,
      `/api/feeds/${created.body.feed.id}/refresh`,
      { method: 'POST' }
    );
    expect(unchanged.status, unchanged.text).toBe(200);
    expect(unchanged.body.fetch.newItems).toBe(0);
    expect((await articles()).total).toBe(total);
    extraAtomEntry =
      '<entry><title>Ferry crossing reopens at Smederevo</title><id>tag:river.example.net,2026:smederevo</id>' +
      '<updated>2026-04-03T06:00:00Z</updated><content type="text">The ferry at Smederevo crossed the Danube again on Friday, its operator said.</content></entry>';
    const refreshed = await call<{ feed: Feed; fetch: { newItems: number; stored: number } }>(
      server.url,
      `/api/feeds/${created.body.feed.id}/refresh`,
      { method: 'POST' }
    );
    expect(refreshed.body.fetch).toMatchObject({ newItems: 1, stored: 1 });
    expect(refreshed.body.feed).toMatchObject({ items: 3, lastError: null });
    expect(refreshed.body.feed.lastFetchedAt).toEqual(expect.any(String));
    const listed = (await articles()).articles.filter((article) => article.agency === 'River desk');
    expect(listed.map((article) => article.title).sort()).toEqual([
      'Barges wait below Vukovar',
      'Ferry crossing reopens at Smederevo',
      'Levees hold along the Danube at Novi Sad'
    ]);
  });

  it('keeps a failed refresh as the feed’s last error, and removes a feed but not its articles', async () => {
    const river = (await feeds()).find((feed) => feed.url.endsWith('/river.atom'))!;
    site.close();
    site.closeAllConnections();
    site = await feedSite();
    // The site moved to another port: the old address is unreachable now.
    const failed = await call<{ feed: Feed; fetch: { ok: boolean } }>(
      server.url,
      `/api/feeds/${river.id}/refresh`,
      { method: 'POST' }
    );
    expect(failed.body.fetch.ok).toBe(false);
    expect(failed.body.feed.lastError).toMatch(/could not be reached/);
    const total = (await articles()).total;
    expect((await call(server.url, `/api/feeds/${river.id}`, { method: 'DELETE' })).status).toBe(204);
    refused(await call(server.url, `/api/feeds/${river.id}`, { method: 'DELETE' }), 404, /no feed/);
    refused(await call(server.url, `/api/feeds/${river.id}/refresh`, { method: 'POST' }), 404, /no feed/);
    refused(await call(server.url, '/api/feeds/abc/refresh', { method: 'POST' }), 400, /positive integer/);
    expect((await feeds()).map((feed) => feed.url)).toEqual([`${siteUrl}/coast.rss`]);
    expect((await articles()).total).toBe(total);
  });
});

describe('the feed schedule', () => {
  it('fetches a subscribed feed again on its own once its interval has passed', async () => {
    const scheduled = await startServer(`${folder.path}/scheduled.db`, {
      env: {
        WIREMAP_FETCH_ALLOWED_HOSTS: `127.0.0.1:${(site.address() as AddressInfo).port}`,
        WIREMAP_FEEDS_TICK_SECONDS: '1'
      }
    });
    try {
      const port = (site.address() as AddressInfo).port;
      const url = `http://127.0.0.1:${port}/river.atom`;
      extraAtomEntry = '';
      const created = await postJson<{ feed: Feed }>(scheduled.url, '/api/feeds', { url, everyMinutes: 1 });
      expect(created.status, created.text).toBe(201);
      expect(created.body.feed.items).toBe(2);
      extraAtomEntry =
        '<entry><title>Night ferry resumes at Golubac</title><id>tag:river.example.net,2026:golubac</id>' +
        '<updated>2026-04-04T06:00:00Z</updated><content type="text">The night ferry at Golubac ran again on Saturday, the harbour office said.</content></entry>';
      // Nobody asks: the server's scheduler fetches it a minute after it was subscribed.
      await expect
        .poll(async () => (await call<{ feeds: Feed[] }>(scheduled.url, '/api/feeds')).body.feeds[0]?.items, {
          timeout: 150_000,
          interval: 2000
        })
        .toBe(3);
      const listed = (await call<{ articles: Listed[] }>(scheduled.url, '/api/articles?limit=100')).body
        .articles;
      expect(listed.map((article) => article.title)).toContain('Night ferry resumes at Golubac');
    } finally {
      await scheduled.stop();
    }
  }, 200_000);
});
