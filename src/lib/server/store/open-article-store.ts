import { statSync } from 'node:fs';
import type { ReviewLookup } from '$lib/review/review-lookup';
import { openDatabase, type WiremapDatabase } from '../db/open-database';
import type { Pool } from 'pg';
import type { SqlClient, SqlDialect } from '../db/sql-client';
import { reviewLookup } from '../review-lookup';

/** Which file a path named when it was opened (device and inode): a file put back is another one. */
export interface FileIdentity {
  dev: number;
  ino: number;
}

/** The article database and the gazetteer lookup its reviews are replayed with. */
export interface ArticleStore {
  client: SqlClient;
  /** SQLite or PostgreSQL, and the SQL that differs between them. */
  dialect: SqlDialect;
  /** The PostgreSQL pool, for the analysis queue (src/lib/server/jobs); null on SQLite. */
  postgres: Pool | null;
  db: WiremapDatabase;
  lookup: ReviewLookup;
  /** The database file on this machine, and which file it was when opened; null otherwise. */
  file: { path: string; identity: FileIdentity } | null;
  /** Why nothing may be written now (damaged or read-only); null when writes are allowed. */
  writesRefused: string | null;
}

/** The identity of the file at `path`, or null when there is none. */
export function fileIdentity(path: string): FileIdentity | null {
  try {
    const { dev, ino } = statSync(path);
    return { dev, ino };
  } catch {
    return null;
  }
}

/**
 * Opens the article store at `url` (a path, `file:` URL, libsql URL or `postgres://` URL; default WIREMAP_DB, then
 * data/wiremap.db), creating and migrating the database as needed.
 */
export async function openArticleStore(url?: string): Promise<ArticleStore> {
  const { client, db, file, writesRefused, dialect, postgres } = await openDatabase(url);
  const identity = file ? fileIdentity(file) : null;
  return {
    client,
    dialect,
    postgres,
    db,
    lookup: reviewLookup(),
    file: file && identity ? { path: file, identity } : null,
    writesRefused
  };
}
