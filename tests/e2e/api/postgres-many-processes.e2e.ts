import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { StoredEdit } from '../../../src/lib/annotated/edit';
import { startServer, testDatabase, type ServerProcess } from '../server-process';
import { startWorker, type WorkerProcess } from '../worker-process';
import { call, floodArticle, post, postJson } from './api-requests';

/** Servers and workers share one database; the workers notice a dead one within seconds. */
const jobs = {
  WIREMAP_ANALYSIS_JOBS: 'queue',
  WIREMAP_ANALYSIS_THREADS: '1',
  WIREMAP_JOB_EXPIRE_SECONDS: '20',
  WIREMAP_JOB_MAINTENANCE_SECONDS: '1'
};

let database: string;
let servers: ServerProcess[] = [];
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  database = await testDatabase('many-processes');
  servers = await Promise.all([startServer(database, { env: jobs }), startServer(database, { env: jobs })]);
});

afterAll(async () => {
  await Promise.all([...servers.map((server) => server.stop()), ...workers.map((worker) => worker.kill())]);
});

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function oneNumber(sql: string, id: string): Promise<number> {
  const client = new pg.Client({ connectionString: database });
  await client.connect();
  try {
    return (await client.query(sql, [id])).rows[0].n as number;
  } finally {
    await client.end();
  }
}

const analysesOf = (id: string) =>
  oneNumber('SELECT count(*)::int AS n FROM analyses WHERE article_id = $1', id);
/** How many times the queue handed out the article's job again (pg-boss's own table). */
const retriesOf = (id: string) =>
  oneNumber(
    `SELECT max(retry_count)::int AS n FROM pgboss.job WHERE name = 'analysis' AND data ->> 'id' = $1`,
    id
  );

describe('two app servers and two workers on one PostgreSQL database', () => {
  it('keeps every acknowledged edit from both servers once, at versions 1…n, and reports the conflicts', async () => {
    const stored = await post<{ id: string; poll: string }>(
      servers[0]!.url,
      '/api/articles',
      'text/plain',
      floodArticle('many processes')
    );
    expect(stored.status, stored.text).toBe(202);
    expect(stored.headers.get('location')).toBe(`/api/analyses/${stored.body.id}`);
    const id = stored.body.id;
    const place = await until(
      async () =>
        (await call<{ annotated?: { features: { id: string }[] } }>(servers[1]!.url, `/api/articles/${id}`))
          .body,
      (body) => (body.annotated?.features.length ?? 0) > 0,
      'the article on the second server'
    );
    const target = place.annotated!.features[0]!.id;
    const perServer = 30;
    const acknowledged: StoredEdit[] = [];
    let conflicts = 0;
    await Promise.all(
      servers.map(async (server, index) => {
        let known = 0;
        for (let n = 0; n < perServer; n++)
          for (;;) {
            const answer = await postJson<{ version: number; edit: StoredEdit }>(
              server.url,
              `/api/articles/${id}/edits`,
              {
                version: known,
                client: `server ${index}`,
                edit: {
                  kind: 'note',
                  target: { type: 'place', id: target },
                  text: `server ${index} note ${n}`
                }
              }
            );
            if (answer.status === 201) {
              acknowledged.push(answer.body.edit);
              known = answer.body.version;
              break;
            }
            expect(answer.status, answer.text).toBe(409);
            conflicts++;
            known = answer.body.version;
          }
      })
    );
    expect(conflicts).toBeGreaterThan(0);
    const edits = await call<{ edits: StoredEdit[] }>(servers[0]!.url, `/api/articles/${id}/edits`);
    const trail = edits.body.edits;
    expect(trail.map((edit) => edit.version)).toEqual(Array.from({ length: 2 * perServer }, (_, i) => i + 1));
    expect(new Set(trail.map((edit) => edit.uid)).size).toBe(2 * perServer);
    expect(new Set(trail.map((edit) => edit.uid))).toEqual(new Set(acknowledged.map((edit) => edit.uid)));
  });

  it('gives the job of a worker killed mid-analysis to the other worker, which stores it once', async () => {
    workers.push(await startWorker(database, jobs));
    // Long enough to analyse that the worker is still at it when it is killed.
    const text =
      'Storms closed the port of Odesa on Monday, the harbour office said.\n\n' +
      'Officials in Kharkiv said the repairs went on near Lviv and Dnipro. '.repeat(1500);
    const stored = await post<{ id: string; poll: string }>(
      servers[1]!.url,
      '/api/articles',
      'text/plain',
      text
    );
    expect(stored.status, stored.text).toBe(202);
    const poll = () => call<{ state: string; retries: number }>(servers[0]!.url, stored.body.poll);
    await until(
      async () => (await poll()).body,
      (state) => state.state === 'active',
      'the job taken'
    );
    await workers[0]!.kill();
    workers.push(await startWorker(database, jobs));
    const done = await until(
      async () => (await poll()).body,
      (state) => state.state === 'done',
      'the job done'
    );
    expect(done.state).toBe('done');
    expect(workers[1]!.output()).toContain(`${stored.body.id}: analysed`);
    expect(await analysesOf(stored.body.id)).toBe(1);
    expect(await retriesOf(stored.body.id)).toBeGreaterThanOrEqual(1);
    const backlog = await call<{ pending: unknown[]; failed: unknown[] }>(servers[1]!.url, '/api/analyses');
    expect(backlog.body).toEqual({ pending: [], failed: [] });
  });
});
