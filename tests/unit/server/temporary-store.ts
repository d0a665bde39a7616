import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, inject } from 'vitest';
import { stopAnalysisQueue } from '$lib/server/jobs/analysis-queue';
import { openArticleStore, type ArticleStore } from '$lib/server/store/open-article-store';
import { createTestDatabase, dropTestDatabase } from '../../../scripts/test-databases.mjs';

const directory = mkdtempSync(join(tmpdir(), 'wiremap-store-'));
const opened: ArticleStore[] = [];
const databases: string[] = [];
let files = 0;

/**
 * The store the tests of this project run on: the `postgres` project of vite.config.ts runs the
 * store tests again with WIREMAP_TEST_STORE=postgres, each store in a database of its own.
 */
export const testedStore: 'sqlite' | 'postgres' =
  process.env.WIREMAP_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

afterAll(async () => {
  for (const store of opened) {
    if (store.postgres) await stopAnalysisQueue(store.postgres);
    store.client.close();
  }
  const adminUrl = testedStore === 'postgres' ? inject('postgresUrl') : undefined;
  if (adminUrl) for (const url of databases) await dropTestDatabase(adminUrl, url);
});

/** A path for a SQLite database file that does not exist yet, in this test file's temporary folder. */
export function freshDatabasePath(): string {
  return join(directory, `store-${++files}.db`);
}

/**
 * A new, empty database of the store under test, as WIREMAP_DB takes it: a SQLite file path, or
 * the URL of a fresh PostgreSQL database (dropped after the tests).
 */
export async function freshDatabase(): Promise<string> {
  if (testedStore === 'sqlite') return freshDatabasePath();
  const url = await createTestDatabase(inject('postgresUrl'), inject('postgresRun'));
  databases.push(url);
  return url;
}

/** Opens (creating when new) a store of the store under test; closed after the tests. */
export async function temporaryStore(database?: string): Promise<ArticleStore> {
  const store = await openArticleStore(database ?? (await freshDatabase()));
  opened.push(store);
  return store;
}
/** How many rows each table holds for one article, and the article's version (null when absent). */
export async function articleFootprint(store: ArticleStore, id: string) {
  const count = async (table: string, column: string) => {
    // Table and column names are fixed strings from this file; the id goes in as a parameter.
    const result = await store.client.execute({
      sql: `SELECT count(*) AS n FROM ${table} WHERE ${column} = ?`,
      args: [id]
    });
    return Number(result.rows[0]?.n);
  };
  const version = await store.client.execute({
    sql: 'SELECT version FROM articles WHERE id = ?',
    args: [id]
  });
  return {
    articles: await count('articles', 'id'),
    analyses: await count('analyses', 'article_id'),
    edits: await count('edits', 'article_id'),
    unitConcerns: await count('unit_concerns', 'article_id'),
    version: version.rows[0] ? Number(version.rows[0].version) : null
  };
}

/** The unit_concerns rows of an article, as the store wrote them. */
export async function storedConcerns(store: ArticleStore, id: string) {
  const result = await store.client.execute({
    sql: 'SELECT unit, claims, figures FROM unit_concerns WHERE article_id = ? ORDER BY unit',
    args: [id]
  });
  return result.rows.map((row) => ({
    unit: String(row.unit),
    claims: Number(row.claims),
    figures: Number(row.figures)
  }));
}
