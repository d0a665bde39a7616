import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { databaseLocation } from '$lib/server/db/database-location';
import { openDatabase } from '$lib/server/db/open-database';
import { freshDatabasePath } from './temporary-store';

const tables = [
  '__drizzle_migrations',
  'analyses',
  'articles',
  'edits',
  'settings',
  'unit_concerns',
  'users',
  'sessions',
  'feeds',
  'feed_items'
];
/** How many migrations drizzle/ holds: each applied exactly once. */
const migrationCount = (
  JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as { entries: unknown[] }
).entries.length;

async function schemaOf(path: string) {
  const { client } = await openDatabase(path);
  try {
    const objects = await client.execute(
      "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    );
    const migrations = await client.execute('SELECT hash FROM __drizzle_migrations');
    const pragma = async (name: string) => (await client.execute(`PRAGMA ${name}`)).rows[0]?.[0];
    return {
      objects: objects.rows.map((row) => `${row.type} ${row.name}`),
      migrations: migrations.rows.length,
      journalMode: await pragma('journal_mode'),
      foreignKeys: await pragma('foreign_keys'),
      busyTimeout: await pragma('busy_timeout')
    };
  } finally {
    client.close();
  }
}

describe('openDatabase', () => {
  it('creates every table and index on a fresh file, in WAL mode with foreign keys on', async () => {
    const path = freshDatabasePath();
    expect(existsSync(path)).toBe(false);
    const schema = await schemaOf(path);
    for (const table of tables) expect(schema.objects).toContain(`table ${table}`);
    for (const index of ['articles_day', 'articles_created', 'unit_concerns_unit', 'edits_article_version'])
      expect(schema.objects).toContain(`index ${index}`);
    expect(schema.migrations).toBe(migrationCount);
    expect(schema.journalMode).toBe('wal');
    expect(schema.foreignKeys).toBe(1);
    expect(schema.busyTimeout).toBe(5000);
  });

  it('applies nothing twice when the file is opened again, and keeps its rows', async () => {
    const path = freshDatabasePath();
    const first = await schemaOf(path);
    const { client } = await openDatabase(path);
    await client.execute({ sql: 'INSERT INTO settings (key, value) VALUES (?, ?)', args: ['kept', 'yes'] });
    client.close();
    const second = await schemaOf(path);
    expect(second).toEqual(first);
    const reopened = await openDatabase(path);
    const kept = await reopened.client.execute({
      sql: 'SELECT value FROM settings WHERE key = ?',
      args: ['kept']
    });
    reopened.client.close();
    expect(kept.rows[0]?.value).toBe('yes');
  });

  it('migrates a file that two clients open at the same moment', async () => {
    const path = freshDatabasePath();
    const [one, two] = await Promise.all([openDatabase(path), openDatabase(path)]);
    one.client.close();
    two.client.close();
    expect((await schemaOf(path)).migrations).toBe(migrationCount);
  });
});

describe('databaseLocation', () => {
  it('turns a path into a file URL and creates its folder', () => {
    const path = join(freshDatabasePath().replace(/\.db$/, ''), 'nested folder', 'x.db');
    expect(databaseLocation(path)).toEqual({ url: pathToFileURL(path).href, local: true, file: path });
    expect(existsSync(join(path, '..'))).toBe(true);
  });

  it('passes file: URLs through as local and remote URLs through as remote', () => {
    const url = pathToFileURL(freshDatabasePath()).href;
    expect(databaseLocation(url)).toEqual({ url, local: true, file: fileURLToPath(url) });
    for (const remote of ['libsql://db.example.org', 'https://db.example.org', 'ws://127.0.0.1:8080'])
      expect(databaseLocation(remote)).toEqual({ url: remote, local: false, file: null });
  });

  it('defaults to data/wiremap.db in the checkout', () => {
    expect(databaseLocation(undefined).url).toBe(
      pathToFileURL(join(process.cwd(), 'data', 'wiremap.db')).href
    );
  });
});
