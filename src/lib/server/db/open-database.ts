import { accessSync, constants, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import type { Pool } from 'pg';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { databaseLocation } from './database-location';
import { databaseUnavailable } from './database-unavailable';
import { isPostgresUrl, openPostgres } from './open-postgres';
import { repositoryRoot } from './repository-root';
import * as schema from './schema';
import { sqliteDialect, type SqlClient, type SqlDialect } from './sql-client';

export type WiremapDatabase = LibSQLDatabase<typeof schema>;

/** An open article database. */
export interface OpenedDatabase {
  client: SqlClient;
  db: WiremapDatabase;
  /** The database file, when it is a file on this machine; null in memory or on a server. */
  file: string | null;
  /** Why nothing may be written (a damaged or read-only file); null when writes are allowed. */
  writesRefused: string | null;
  /** SQLite (a file, memory or libsql server) or PostgreSQL. */
  dialect: SqlDialect;
  /** The connection pool of a PostgreSQL database (the analysis queue lives there too); null on SQLite. */
  postgres: Pool | null;
}

/** How long a local write waits for another process's lock before failing, in milliseconds. */
const busyTimeout = 5000;

/**
 * Opens the article database (`value` as WIREMAP_DB takes it; default WIREMAP_DB, then
 * data/wiremap.db; a `postgres://` URL opens PostgreSQL, see open-postgres.ts) and applies the migrations in drizzle/ that it has not seen yet. A damaged or
 * read-only file opens for reading only (`writesRefused` says why), and is neither migrated nor
 * written; a file that is no database at all, or cannot be opened, throws DatabaseUnavailable.
 */
export async function openDatabase(value?: string): Promise<OpenedDatabase> {
  const given = value ?? process.env.WIREMAP_DB;
  if (isPostgresUrl(given)) {
    try {
      return await openPostgres(given!.trim());
    } catch (error) {
      throw databaseUnavailable(error) ?? error;
    }
  }
  const location = databaseLocation(given);
  const client = location.local
    ? // One connection, because foreign_keys is a per-connection setting that a pooled second
      // connection would not have; node's SQLite calls are synchronous, so a pool buys nothing.
      createClient({ url: location.url, timeout: busyTimeout, concurrency: 1 })
    : createClient({ url: location.url, authToken: process.env.WIREMAP_DB_TOKEN });
  try {
    let writesRefused: string | null = null;
    if (location.local) {
      await client.execute('PRAGMA busy_timeout = 5000'); // the same as `busyTimeout`
      // Checked before anything writes: SQLite goes on writing into a damaged file (a migration
      // or the WAL switch would too), and what it writes there may be lost with the file.
      writesRefused = (await damage(client)) ?? readOnlyReason(location.file);
      if (writesRefused) await client.execute('PRAGMA query_only = ON');
      else {
        await client.execute('PRAGMA journal_mode = WAL');
        // In WAL mode NORMAL syncs at checkpoints, not at every commit: a crash of wiremap loses
        // nothing acknowledged and nothing can be left half-written, but a power cut or a crash of
        // the machine may undo the last commits. Syncing every commit (FULL) halved ingest speed
        // (docs/performance.md).
        await client.execute('PRAGMA synchronous = NORMAL');
      }
      await client.execute('PRAGMA foreign_keys = ON');
    }
    const db = drizzle(client, { schema });
    if (!writesRefused) await migrated(db);
    return { client, db, file: location.file, writesRefused, dialect: sqliteDialect, postgres: null };
  } catch (error) {
    client.close();
    throw databaseUnavailable(error) ?? error;
  }
}

/** Why the database is damaged, after SQLite's quick check of every page; null when it is sound. */
async function damage(client: Client): Promise<string | null> {
  const result = await client.execute('PRAGMA quick_check(1)');
  const verdict = String(result.rows[0]?.[0] ?? 'no answer');
  return verdict === 'ok'
    ? null
    : `the database file is damaged (SQLite's check says: ${verdict}), so wiremap will not write to it; ` +
        'stored articles are shown as far as they can be read. Restore it from a backup (see SECURITY.md)';
}

/**
 * Why an existing database file cannot be written by this process, or null when it can. Its
 * write-ahead log and shared-memory files count too: SQLite creates them with the file's own
 * permissions, so a file made read-only leaves them read-only after it is made writable again.
 */
export function readOnlyReason(file: string | null): string | null {
  if (!file || !existsSync(file)) return null;
  const locked = [file, `${file}-wal`, `${file}-shm`].filter((path) => {
    if (!existsSync(path)) return false;
    try {
      accessSync(path, constants.W_OK);
      return false;
    } catch {
      return true;
    }
  });
  if (locked.length === 0) return null;
  // File names only: this reason reaches clients, who are not told where the server keeps its files.
  const names = locked.map((path) => basename(path));
  return (
    `the database file is read-only (${names.join(', ')}), so nothing can be stored; stored ` +
    `articles can still be read. Make ${basename(file)} (WIREMAP_DB) and its -wal and -shm files writable again`
  );
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
