import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, temporaryDirectory, type ServerProcess } from '../server-process';
import { call, floodArticle, post } from './api-requests';

// Each scenario runs a server of its own over a database file of its own, in one folder.
const folder = temporaryDirectory();
const running: ServerProcess[] = [];
afterAll(async () => {
  for (const server of running) await server.kill();
  folder.remove();
});

async function serve(name: string, env: Record<string, string> = {}) {
  const server = await startServer(`${folder.path}/${name}.db`, { env });
  running.push(server);
  return server;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('analysis off the request thread', () => {
  it('keeps answering GET / while a 1 MB repetitive article is analysed, then stores it', async () => {
    const server = await serve('large');
    // One place mention every 27 characters: the case that used to grow with the square of the text.
    const text = 'The mayor of Kharkiv said. '.repeat(Math.floor(1_000_000 / 27));
    let settled = false;
    const storing = post<{ id?: string; error?: string }>(
      server.url,
      '/api/articles',
      'text/plain',
      text
    ).finally(() => (settled = true));
    // Pages asked for one after another while the article is being stored. Were the analysis on
    // the thread that serves requests, the pages asked for once it had begun would wait for it
    // to end, and at most the one or two answered before it began would come first.
    const pages: number[] = [];
    while (!settled) pages.push((await call(server.url, '/')).status);
    const pagesBefore = pages.length;
    const stored = await storing;
    expect(pages.every((status) => status === 200)).toBe(true);
    expect(pagesBefore, 'pages answered while the article was analysed').toBeGreaterThanOrEqual(5);
    // Analysed in linear time: stored well within the default budget, not refused by it.
    expect(stored.status, JSON.stringify(stored.body)).toBe(201);
    expect(stored.body.id).toBe(sha256(text));
  });

  it('refuses an article whose analysis runs over WIREMAP_ANALYSIS_BUDGET_MS with 503 and the reason, storing nothing', async () => {
    const server = await serve('budget', { WIREMAP_ANALYSIS_BUDGET_MS: '1' });
    const text = floodArticle('over budget');
    const refused = await post<{ error?: string }>(server.url, '/api/articles', 'text/plain', text);
    expect(refused.status, JSON.stringify(refused.body)).toBe(503);
    expect(refused.body.error).toMatch(/took longer than 0\.001 s.*WIREMAP_ANALYSIS_BUDGET_MS/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await call(server.url, `/api/articles/${sha256(text)}`)).status).toBe(404);
    // The server goes on serving: the page and the API still answer.
    expect((await call(server.url, '/api/articles')).status).toBe(200);
    expect(server.output()).toMatch(/analysis refused/);
  });
});
