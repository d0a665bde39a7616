import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailable, databaseUnavailable } from '$lib/server/db/database-unavailable';
import { openDatabase } from '$lib/server/db/open-database';
import { deleteArticle } from '$lib/server/store/delete-article';
import { listArticles } from '$lib/server/store/list-articles';
import { storeArticle } from '$lib/server/store/store-article';
import { freshDatabasePath, temporaryStore } from './temporary-store';

const text = 'Rescuers in Chernihiv cleared rubble on Friday after a drone strike, the mayor said.\n';

/**
 * A database file holding one stored article, closed; its path, the article's id and the pages
 * of the analyses table (found with SQLite's dbstat: where they lie depends on the migrations).
 */
async function databaseWithOneArticle(): Promise<{ path: string; id: string; analysisPages: number[] }> {
  const path = freshDatabasePath();
  const store = await temporaryStore(path);
  const { id } = await storeArticle(store, { text });
  await store.client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
  const pages = await store.client.execute("SELECT pageno FROM dbstat WHERE name = 'analyses'");
  store.client.close();
  return { path, id, analysisPages: pages.rows.map((row) => Number(row.pageno)) };
}

/** Overwrites `count` pages of the file from page `first` (4096-byte pages) with 0xff bytes. */
function damagePages(path: string, first: number, count: number): void {
  const bytes = readFileSync(path);
  bytes.fill(0xff, first * 4096, Math.min(bytes.length, (first + count) * 4096));
  writeFileSync(path, bytes);
}

describe('databaseUnavailable', () => {
  it('names the database states a request can meet, and leaves faults alone', () => {
    const sqlite = (code: string) => Object.assign(new Error(`${code}: something`), { code });
    expect(databaseUnavailable(sqlite('SQLITE_BUSY'))?.reason).toMatch(/locked by another program/);
    expect(databaseUnavailable(sqlite('SQLITE_READONLY'))?.reason).toMatch(/read-only/);
    expect(databaseUnavailable(sqlite('SQLITE_IOERR_WRITE'))?.reason).toMatch(/I\/O error/);
    expect(databaseUnavailable(sqlite('SQLITE_NOTADB'))?.reason).toMatch(/not a SQLite database/);
    expect(databaseUnavailable(sqlite('SQLITE_CONSTRAINT'))).toBeUndefined();
    expect(databaseUnavailable(new TypeError('x is undefined'))).toBeUndefined();
  });
});

describe('a damaged database file', () => {
  it('opens for reading only, untouched: no migration, no write, and says why', async () => {
    const { path, id, analysisPages } = await databaseWithOneArticle();
    expect(analysisPages.length).toBeGreaterThan(0);
    // Damage the analyses' pages (their JSON), keeping the header, the schema and the articles readable.
    for (const page of analysisPages) damagePages(path, page - 1, 1);
    const before = readFileSync(path);

    const store = await temporaryStore(path);
    expect(store.writesRefused).toMatch(/damaged .*quick|damaged/);
    await expect(storeArticle(store, { text: `${text}Another.\n` })).rejects.toBeInstanceOf(
      DatabaseUnavailable
    );
    await expect(deleteArticle(store, id)).rejects.toThrow(/damaged/);
    // The article list lives in undamaged pages and is still served.
    expect((await listArticles(store, { limit: 5, offset: 0 })).total).toBe(1);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('that is no database at all does not open, with a reason', async () => {
    const path = freshDatabasePath();
    writeFileSync(path, Buffer.alloc(20_000, 0x5a));
    const error = await openDatabase(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseUnavailable);
    expect((error as DatabaseUnavailable).reason).toMatch(/not a SQLite database/);
    expect(readFileSync(path).equals(Buffer.alloc(20_000, 0x5a))).toBe(true);
  });
});
