import { join } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { databaseLocation } from './database-location';
import { repositoryRoot } from './repository-root';
import * as schema from './schema';

export type WiremapDatabase = LibSQLDatabase<typeof schema>;

/** How long a local write waits for another process's lock before failing, in milliseconds. */
const busyTimeout = 5000;

/**
 * Opens the article database (`value` as WIREMAP_DB takes it; default WIREMAP_DB, then
 * data/wiremap.db) and applies the migrations in drizzle/ that it has not seen yet.
 */
export async function openDatabase(value?: string): Promise<{ client: Client; db: WiremapDatabase }> {
  const location = databaseLocation(value ?? process.env.WIREMAP_DB);
  const client = location.local
    ? // One connection, because foreign_keys is a per-connection setting that a pooled second
      // connection would not have; node's SQLite calls are synchronous, so a pool buys nothing.
      createClient({ url: location.url, timeout: busyTimeout, concurrency: 1 })
    : createClient({ url: location.url, authToken: process.env.WIREMAP_DB_TOKEN });
  try {
    if (location.local) {
      await client.execute('PRAGMA journal_mode = WAL');
      await client.execute('PRAGMA busy_timeout = 5000'); // the same as `busyTimeout`
      await client.execute('PRAGMA foreign_keys = ON');
    }
    const db = drizzle(client, { schema });
    await migrated(db);
    return { client, db };
  } catch (error) {
    client.close();
    throw error;
  }
}

async function migrated(db: WiremapDatabase): Promise<void> {
  const migrationsFolder = join(repositoryRoot(), 'drizzle');
  try {
    await migrate(db, { migrationsFolder });
  } catch {
    // Two processes opening a fresh database at once both read "nothing applied" before either
    // commits, so the later one's CREATE TABLE fails; once the first has committed, a second
    // pass reads its journal row and has nothing left to do (or fails for a real reason).
    await migrate(db, { migrationsFolder });
  }
}
