import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  readFileSync,
  renameSync,
  writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, describe, expect, it } from 'vitest';
import { useChromium } from '../browser';
import { startServer, temporaryDirectory, type ServerProcess } from '../server-process';
import { call, floodArticle, post } from './api-requests';

// Each scenario runs a server of its own over a database file of its own, in one folder.
const folder = temporaryDirectory();
const running: ServerProcess[] = [];
// One test opens the dashboard: what it says of a database that is not one.
const chromium = useChromium();
afterAll(async () => {
  for (const server of running) await server.kill();
  folder.remove();
});

async function serve(database: string, options: Parameters<typeof startServer>[1] = {}) {
  const server = await startServer(database, options);
  running.push(server);
  return server;
}

const storeText = (server: ServerProcess, tag: string) =>
  post<{ id?: string; error?: string }>(server.url, '/api/articles', 'text/plain', floodArticle(tag));

/** Expects a 503 whose JSON reason matches, with a Retry-After and without the database's path. */
function unavailable(answer: { status: number; headers: Headers; body: { error?: string } }, reason: RegExp) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(503);
  expect(answer.body.error).toMatch(reason);
  // Issue 10: a client is never told where the server keeps its database.
  expect(answer.body.error).not.toContain(folder.path);
  expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
}

/** Polls `check` every 250 ms until it returns true (at most `ms`). */
async function eventually(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the condition did not hold in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A database file with the seed and one article, written by a server that has stopped. */
async function storedDatabase(name: string): Promise<string> {
  const database = join(folder.path, name);
  const server = await serve(database);
  expect((await storeText(server, name)).status).toBe(201);
  await server.stop();
  // Fold the write-ahead log into the file, so the file alone holds everything.
  const client = createClient({ url: `file:${database}` });
  await client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
  client.close();
  return database;
}

describe('a database locked by another program', () => {
  it('answers writes 503 with the reason while reads go on, and recovers once the lock is gone', async () => {
    const database = join(folder.path, 'locked.db');
    const server = await serve(database);
    const other = createClient({ url: `file:${database}` });
    // Another program's write transaction holds the lock for as long as it stays open.
    const transaction = await other.transaction('write');
    await transaction.execute("INSERT INTO settings (key, value) VALUES ('held', 'by another program')");
    try {
      // SQLite waits its busy timeout (5 s) for the lock before giving up.
      unavailable(await storeText(server, 'during the lock'), /locked by another program/);
      const read = await call(server.url, '/api/articles');
      expect(read.status, read.text + server.output()).toBe(200);
    } finally {
      await transaction.rollback();
      other.close();
    }
    expect((await storeText(server, 'after the lock')).status).toBe(201);
    expect(server.child.exitCode).toBeNull();
  }, 30_000);
});

describe('a database file that goes missing while the server runs', () => {
  it('refuses every request with the reason, then serves again once the file is back', async () => {
    const database = join(folder.path, 'missing.db');
    const server = await serve(database);
    const stored = await storeText(server, 'before it went');
    expect(stored.status).toBe(201);

    renameSync(database, `${database}.away`);
    unavailable(await call(server.url, '/api/articles'), /missing/);
    unavailable(await storeText(server, 'while gone'), /missing/);
    expect(server.child.exitCode).toBeNull();

    renameSync(`${database}.away`, database);
    const back = await call<{ total: number }>(server.url, '/api/articles');
    expect(back.status).toBe(200);
    expect((await call(server.url, `/api/articles/${stored.body.id}`)).status).toBe(200);
    expect((await storeText(server, 'after it came back')).status).toBe(201);
  });

  it('opens the file put in its place (a restored backup) and serves what it holds', async () => {
    const backup = await storedDatabase('backup.db');
    const database = join(folder.path, 'replaced.db');
    const server = await serve(database);
    expect((await call<{ total: number }>(server.url, '/api/articles')).body.total).toBe(1);

    copyFileSync(backup, `${database}.new`);
    renameSync(`${database}.new`, database);
    await eventually(
      async () => (await call<{ total: number }>(server.url, '/api/articles')).body.total === 2
    );
    expect((await storeText(server, 'into the restored file')).status).toBe(201);
  });
});

describe('a damaged database file at startup', () => {
  it('says so, refuses every write without touching the file, and keeps serving what it can read', async () => {
    const database = await storedDatabase('damaged.db');
    const bytes = readFileSync(database);
    const pages = bytes.length / 4096;
    // The last pages hold analyses; the header, the schema and the article list stay readable.
    bytes.fill(0xff, (pages - 3) * 4096);
    writeFileSync(database, bytes);

    const server = await serve(database, { request: false });
    await eventually(async () => server.output().includes('not writing to the database'));
    expect(server.output()).toMatch(/damaged/);
    unavailable(await storeText(server, 'into damage'), /damaged/);
    const list = await call<{ articles: { id: string }[] }>(server.url, '/api/articles');
    expect(list.status).toBe(200);
    expect(list.body.articles).toHaveLength(2);
    const one = list.body.articles[0]!.id;
    unavailable(await call(server.url, `/api/articles/${one}`, { method: 'DELETE' }), /damaged/);
    expect(readFileSync(database).equals(bytes)).toBe(true);
    expect(server.child.exitCode).toBeNull();
  });

  it('that is no database at all: says so, answers 503, and serves once a sound file replaces it', async () => {
    const sound = await storedDatabase('sound.db');
    const database = join(folder.path, 'garbage.db');
    const garbage = Buffer.alloc(64 * 1024, 0x5a);
    writeFileSync(database, garbage);

    const server = await serve(database, { request: false });
    await eventually(async () => server.output().includes('the database is unavailable'));
    unavailable(await call(server.url, '/api/articles'), /not a SQLite database/);
    unavailable(await storeText(server, 'into garbage'), /not a SQLite database/);
    // The dashboard says what is wrong instead of a map.
    const page = await chromium.browser.newPage();
    try {
      await page.goto(server.url);
      await expect
        .poll(() => page.locator('body').textContent(), { timeout: 20_000 })
        .toMatch(/database is unavailable/);
      expect(await page.locator('body').textContent()).toMatch(/not a SQLite database/);
    } finally {
      await page.close();
    }
    expect(readFileSync(database).equals(garbage)).toBe(true);

    copyFileSync(sound, database);
    await eventually(async () => (await call(server.url, '/api/articles')).status === 200);
    expect((await storeText(server, 'into the sound file')).status).toBe(201);
  });
});

describe('a read-only database file', () => {
  // Root ignores file permissions, so as root the server runs as "nobody" for this test.
  const asRoot = process.getuid?.() === 0;
  const nobody = 65534;

  it('serves reads, answers writes 503, and stores again once it is writable', async () => {
    const database = await storedDatabase('read-only.db');
    // The file with its write-ahead log and shared-memory files, as SQLite left them.
    const files = [database, `${database}-wal`, `${database}-shm`].filter((file) => existsSync(file));
    if (asRoot) {
      chmodSync(folder.path, 0o777);
      for (const file of files) chownSync(file, nobody, nobody);
    }
    for (const file of files) chmodSync(file, 0o444);
    const server = await serve(database, asRoot ? { uid: nobody } : {});
    expect(server.output()).toMatch(/read-only/);

    const list = await call<{ articles: { id: string }[] }>(server.url, '/api/articles');
    expect(list.status).toBe(200);
    expect((await call(server.url, `/api/articles/${list.body.articles[0]!.id}`)).status).toBe(200);
    unavailable(await storeText(server, 'while read-only'), /read-only/);

    for (const file of files) chmodSync(file, 0o644);
    let last = '';
    await eventually(async () => {
      const answer = await storeText(server, 'once writable');
      last = `${answer.status} ${answer.text}\n${server.output()}`;
      return answer.status === 201;
    }).catch((error: Error) => {
      throw new Error(`${error.message}; last answer: ${last}`);
    });
    expect(server.child.exitCode).toBeNull();
  });
});
