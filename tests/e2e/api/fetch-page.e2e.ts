import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl } from '../browser';
import { startServer, temporaryDirectory, type ServerProcess } from '../server-process';
import { call, post } from './api-requests';
import { refused } from './unchanged-store';

const page = readFileSync('tests/fixtures/intake/harbour-page.html', 'utf8');
const withoutCanonical = page
  .replace(/<link rel="canonical"[^>]*>/, '')
  .replace('Forecasters expect', 'Forecasters fetched without an address expect');

/** A local news site on 127.0.0.1: a page, one without a canonical address, a redirect, a PDF, a 404. */
function newsSite(): Promise<Server> {
  const site = createServer((request, response) => {
    if (request.url === '/ferry.html')
      return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    if (request.url === '/plain.html')
      return response.writeHead(200, { 'content-type': 'text/html' }).end(withoutCanonical);
    if (request.url === '/moved') return response.writeHead(301, { location: '/ferry.html' }).end();
    if (request.url === '/loop') return response.writeHead(302, { location: '/loop' }).end();
    if (request.url === '/report.pdf')
      return response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
    response.writeHead(404, { 'content-type': 'text/plain' }).end('no such page');
  });
  return new Promise((resolve) => site.listen(0, '127.0.0.1', () => resolve(site)));
}

const fetchPage = (base: string, address: string) =>
  post<{ id: string }>(base, '/api/articles', 'text/uri-list', `${address}\r\n`);

let site: Server;
let siteUrl: string;
let server: ServerProcess;
const folder = temporaryDirectory();

beforeAll(async () => {
  site = await newsSite();
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  server = await startServer(`${folder.path}/fetch.db`, {
    env: { WIREMAP_FETCH_ALLOWED_HOSTS: `127.0.0.1:${(site.address() as AddressInfo).port}` }
  });
});

afterAll(async () => {
  await server?.stop();
  site?.close();
  folder.remove();
});

describe('an article by its address', () => {
  it('fetches an allowed page and stores its article, following a redirect', async () => {
    const created = await fetchPage(server.url, `${siteUrl}/moved`);
    expect(created.status, created.text).toBe(201);
    const read = await call<{ article: { title: string; url: string; published: string } }>(
      server.url,
      `/api/articles/${created.body.id}`
    );
    expect(read.body.article).toMatchObject({
      title: 'Ferry service resumes in Valletta',
      url: 'https://news.example.org/2026/03/ferry-valletta',
      published: '2026-03-04'
    });
  });

  it('stores a page without a canonical address under the address fetched', async () => {
    const created = await fetchPage(server.url, `${siteUrl}/plain.html`);
    expect(created.status, created.text).toBe(201);
    const read = await call<{ article: { url: string } }>(server.url, `/api/articles/${created.body.id}`);
    expect(read.body.article.url).toBe(`${siteUrl}/plain.html`);
  });

  it('answers 502 with the reason when the site sends no page, and stores nothing', async () => {
    const before = (await call<{ total: number }>(server.url, '/api/articles')).body.total;
    refused(await fetchPage(server.url, `${siteUrl}/missing`), 502, /answered 404/);
    refused(await fetchPage(server.url, `${siteUrl}/report.pdf`), 502, /application\/pdf, not an HTML page/);
    refused(await fetchPage(server.url, `${siteUrl}/loop`), 502, /redirected more than 3 times/);
    expect((await call<{ total: number }>(server.url, '/api/articles')).body.total).toBe(before);
  });

  it('never fetches a private or local address that is not allowed, nor other schemes (SSRF)', async () => {
    // The shared server has no allow-list: this host, private networks and metadata addresses are refused.
    for (const address of [
      `${siteUrl}/ferry.html`,
      'http://localhost:9/',
      'http://10.1.2.3/',
      'http://169.254.169.254/latest',
      'http://[::1]/'
    ])
      refused(await fetchPage(baseUrl, address), 403, /private or local address/);
    refused(await fetchPage(baseUrl, 'file:///etc/passwd'), 400, /only http and https/);
    refused(await fetchPage(baseUrl, 'not an address'), 400, /not a URL/);
    refused(
      await post(baseUrl, '/api/articles', 'text/uri-list', 'http://a.example/\nhttp://b.example/'),
      400,
      /one address/
    );
  });
});
