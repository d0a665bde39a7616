import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, temporaryDirectory, type ServerProcess } from '../server-process';
import { call, floodArticle } from './api-requests';

// Servers of their own: their logs are read, and one is given more host names.
const folder = temporaryDirectory();
let server: ServerProcess;
let team: ServerProcess;

beforeAll(async () => {
  [server, team] = await Promise.all([
    startServer(`${folder.path}/guards.db`),
    startServer(`${folder.path}/team.db`, {
      env: { WIREMAP_ALLOWED_HOSTS: 'wiremap.team.example, 10.1.2.3', ORIGIN: 'https://maps.example' }
    })
  ]);
});

afterAll(async () => {
  await Promise.all([server?.stop(), team?.stop()]);
  folder.remove();
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with any Host header (fetch will not send one of ours), over a plain socket. */
function raw(
  base: string,
  path: string,
  {
    method = 'GET',
    headers = {},
    body
  }: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<Raw> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers },
      (incoming) => {
        let text = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk) => (text += chunk));
        incoming.on('end', () =>
          resolve({ status: incoming.statusCode!, headers: incoming.headers, body: text })
        );
      }
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const port = (target: ServerProcess) => new URL(target.url).port;

describe('a page address that names nothing', () => {
  it('is a 404 with a Content-Security-Policy, and leaves no stack in the log', async () => {
    const logged = server.output().length;
    for (const path of ['/nonexistent', '/package.json', '/geodata/x', '/api/../src/hooks.server.ts']) {
      const answer = await fetch(`${server.url}${path}`);
      expect(answer.status, path).toBe(404);
      expect(answer.headers.get('content-security-policy'), path).toMatch(/default-src 'none'/);
      expect(await answer.text()).toMatch(/no page here/);
    }
    expect(server.output().slice(logged)).not.toMatch(/Missing \+page\.svelte|\n\s+at /);
  });

  it('leaves the dashboard and the API as they were', async () => {
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    const api = await call(server.url, '/api/nowhere');
    expect(api.status).toBe(404);
    expect(api.body.error).toMatch(/no such API endpoint/);
  });
});

describe('methods on what is only read', () => {
  it('answers anything but GET and HEAD on static files, /geodata/ and __data.json 405', async () => {
    const targets = [
      '/geodata/base-map.json',
      '/geodata/x',
      '/favicon.svg',
      '/__data.json',
      '/_app/version.json'
    ];
    for (const path of targets)
      for (const method of ['PUT', 'POST', 'DELETE', 'PATCH']) {
        const answer = await fetch(`${server.url}${path}`, {
          method,
          body: method === 'DELETE' ? undefined : 'x'
        });
        expect(answer.status, `${method} ${path}`).toBe(405);
        expect(answer.headers.get('allow'), `${method} ${path}`).toBe('GET, HEAD');
      }
    expect((await fetch(`${server.url}/geodata/base-map.json`)).status).toBe(200);
    expect((await fetch(`${server.url}/geodata/base-map.json`, { method: 'HEAD' })).status).toBe(200);
    expect((await fetch(`${server.url}/__data.json`)).status).toBe(200);
  });
});

describe('the Host allow-list (DNS rebinding)', () => {
  it('refuses a foreign Host 421, reading and writing nothing', async () => {
    const evil = `evil.example:${port(server)}`;
    const exported = await raw(server.url, '/api/export', { headers: { host: evil } });
    expect(exported.status).toBe(421);
    expect(JSON.parse(exported.body).error).toMatch(
      /does not answer for the host "evil\.example:\d+".*WIREMAP_ALLOWED_HOSTS/
    );
    const before = (await call<{ total: number }>(server.url, '/api/articles')).body.total;
    const stored = await raw(server.url, '/api/articles', {
      method: 'POST',
      headers: { host: evil, origin: `http://${evil}`, 'content-type': 'text/plain' },
      body: floodArticle('rebinding')
    });
    expect(stored.status).toBe(421);
    expect((await call<{ total: number }>(server.url, '/api/articles')).body.total).toBe(before);
    expect((await raw(server.url, '/', { headers: { host: evil } })).status).toBe(421);
  });

  it('answers for localhost, 127.0.0.1 and [::1] at any port by default', async () => {
    for (const host of [
      `localhost:${port(server)}`,
      `127.0.0.1:${port(server)}`,
      `[::1]:${port(server)}`,
      'localhost'
    ])
      expect((await raw(server.url, '/api/articles?limit=1', { headers: { host } })).status, host).toBe(200);
    expect(
      (await raw(server.url, '/api/articles', { headers: { host: 'wiremap.team.example' } })).status
    ).toBe(421);
  });

  it('answers for the names in WIREMAP_ALLOWED_HOSTS and for the host of ORIGIN', async () => {
    for (const host of ['wiremap.team.example', `10.1.2.3:${port(team)}`, 'maps.example', 'localhost'])
      expect((await raw(team.url, '/api/articles?limit=1', { headers: { host } })).status, host).toBe(200);
    expect((await raw(team.url, '/api/articles', { headers: { host: 'other.example' } })).status).toBe(421);
  });
});

describe('API answers', () => {
  it('carry Cache-Control: no-store, errors included', async () => {
    for (const path of ['/api/articles?limit=1', '/api/aggregate', '/api/nowhere', '/api/articles?limit=0'])
      expect((await fetch(`${server.url}${path}`)).headers.get('cache-control'), path).toBe('no-store');
  });
});
