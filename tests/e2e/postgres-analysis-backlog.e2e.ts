// The dashboard on PostgreSQL's analysis queue: articles stored with no worker show as pending,
// a worker's analyses clear their badges and open their maps without a reload, and a worker
// whose analyses fail (a 1 ms budget) leaves a failed badge with the reason.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, floodArticle, post } from './api/api-requests';
import { useChromium, visit, waitForMapIdle } from './browser';
import { startServer, testDatabase, type ServerProcess } from './server-process';
import { startWorker, type WorkerProcess } from './worker-process';

const jobs = {
  WIREMAP_ANALYSIS_JOBS: 'queue',
  WIREMAP_ANALYSIS_THREADS: '1',
  WIREMAP_JOB_MAINTENANCE_SECONDS: '1'
};
const viewport = { width: 1280, height: 800 };

const chromium = useChromium();
let server: ServerProcess;
let database: string;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  database = await testDatabase('postgres-analysis-backlog');
  server = await startServer(database, { env: jobs });
});

afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.kill()));
  await server?.stop();
});

interface Backlog {
  pending: { id: string }[];
  failed: { id: string; reason?: string }[];
}
const backlog = async () => (await call<Backlog>(server.url, '/api/analyses')).body;

/** Stores an article of our own and expects its analysis to be queued (202). */
async function queued(tag: string): Promise<string> {
  const stored = await post<{ id: string; analysis: string }>(
    server.url,
    '/api/articles',
    'text/plain',
    floodArticle(tag)
  );
  expect(stored.status, stored.text).toBe(202);
  expect(stored.body.analysis).toBe('pending');
  return stored.body.id;
}

const badgeOf = (page: Page, id: string) => page.getByTestId(`article-${id}`).getByTestId('analysis-badge');
const open = (path: string) => visit(chromium.browser, `${server.url}${path}`, viewport);

describe('pending and failed analyses on the dashboard (PostgreSQL queue)', () => {
  let analysed: string;
  let first: string;
  let second: string;
  let listPage: Page;
  let pendingPage: Page;

  it('lists articles stored with no worker as pending, and opens one as "analysis pending"', async () => {
    // Reading an article through the API analyses it in that request: one analysed article to open.
    analysed = await queued('backlog analysed');
    expect((await call(server.url, `/api/articles/${analysed}`)).status).toBe(200);
    first = await queued('backlog first');
    second = await queued('backlog second');

    const list = await call<{ articles: { id: string; engine: string | null }[] }>(
      server.url,
      '/api/articles?limit=100'
    );
    expect(list.status, list.text).toBe(200);
    expect(list.body.articles.find((article) => article.id === first)?.engine).toBeNull();
    const waiting = (await backlog()).pending.map((entry) => entry.id);
    expect(waiting).toEqual(expect.arrayContaining([first, second]));
    expect(waiting).not.toContain(analysed);

    const visited = await open(`/?article=${analysed}`);
    listPage = visited.page;
    await waitForMapIdle(listPage);
    await listPage.getByTestId('articles-toggle').click();
    await expect.poll(() => badgeOf(listPage, first).textContent()).toBe('pending');
    expect(await badgeOf(listPage, second).textContent()).toBe('pending');
    expect(await badgeOf(listPage, analysed).count()).toBe(0);
    expect(await listPage.getByTestId('analysis-backlog').textContent()).toBe(
      `${waiting.length} analyses pending`
    );

    const pending = await open(`/?article=${first}`);
    pendingPage = pending.page;
    expect(pending.document.status()).toBe(200);
    const state = pendingPage.getByTestId('analysis-pending');
    await state.waitFor();
    expect(await state.getAttribute('data-state')).toBe('pending');
    expect(await state.textContent()).toContain('Analysis pending');
    expect(await pendingPage.getByRole('alert').count()).toBe(0);
    expect(pending.consoleErrors).toEqual([]);
  });

  it('clears the badges and shows the map once a worker has analysed them, without a reload', async () => {
    const worker = await startWorker(database, jobs);
    workers.push(worker);
    await badgeOf(listPage, first).waitFor({ state: 'detached', timeout: 120_000 });
    await badgeOf(listPage, second).waitFor({ state: 'detached', timeout: 120_000 });
    await listPage.getByTestId('analysis-backlog').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await listPage.getByTestId(`article-${first}`).count()).toBe(1);

    // The pending page turned into the article's dashboard by itself.
    await pendingPage.getByTestId('analysis-pending').waitFor({ state: 'detached', timeout: 30_000 });
    await waitForMapIdle(pendingPage);
    expect(await pendingPage.getByTestId('articles-toggle').count()).toBe(1);
    expect(new URL(pendingPage.url()).searchParams.get('article')).toBe(first);
    await worker.stop();
  });

  it('shows a failed analysis with its reason', async () => {
    const failing = await queued('backlog failing');
    const visited = await open(`/?article=${failing}`);
    const page = visited.page;
    await badgeOf(page, failing).waitFor();
    expect(await badgeOf(page, failing).textContent()).toBe('pending');

    workers.push(await startWorker(database, { ...jobs, WIREMAP_ANALYSIS_BUDGET_MS: '1' }));
    const state = page.getByTestId('analysis-pending');
    await expect
      .poll(() => state.getAttribute('data-state'), { timeout: 120_000, interval: 500 })
      .toBe('failed');
    const { failed } = await backlog();
    const reason = failed.find((entry) => entry.id === failing)?.reason;
    expect(reason).toMatch(/WIREMAP_ANALYSIS_BUDGET_MS/);
    expect(await badgeOf(page, failing).textContent()).toBe(`failed (${reason})`);
    expect(await page.getByRole('alert').textContent()).toContain(reason);
    expect(await page.getByTestId('analysis-backlog').textContent()).toBe(
      `${failed.length} ${failed.length === 1 ? 'analysis' : 'analyses'} failed`
    );
  });
});
