import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openArticleStore, type ArticleStore } from '$lib/server/store/open-article-store';

const directory = mkdtempSync(join(tmpdir(), 'wiremap-store-'));
const opened: ArticleStore[] = [];
let files = 0;

afterAll(() => {
  for (const store of opened) store.client.close();
});

/** A path for a database file that does not exist yet, in this test file's temporary folder. */
export function freshDatabasePath(): string {
  return join(directory, `store-${++files}.db`);
}

/** Opens (creating when new) a store on a file in the temporary folder; closed after the tests. */
export async function temporaryStore(path = freshDatabasePath()): Promise<ArticleStore> {
  const store = await openArticleStore(path);
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
