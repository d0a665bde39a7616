import { join } from 'node:path';
import pg from 'pg';
import { drizzle as nodePostgres } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as sqliteProxy } from 'drizzle-orm/sqlite-proxy';
import { begin, inTransaction, postgresClient, numberedPlaceholders } from './postgres-client';
import { repositoryRoot } from './repository-root';
import * as schema from './schema';
import { postgresDialect } from './sql-client';
import type { OpenedDatabase, WiremapDatabase } from './open-database';

/** Whether a WIREMAP_DB value names a PostgreSQL database. */
export const isPostgresUrl = (value: string | undefined) => /^postgres(ql)?:\/\//i.test(value?.trim() ?? '');

/** Any number: counts and sums come back as int8 or numeric, which pg gives as strings. */
const numericTypes = new Set([20, 1700]);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    numericTypes.has(oid) ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser
};

/** Taken while migrating, so that servers and workers starting at once migrate one after another. */
const MIGRATION_LOCK = 0x77697265; // "wire"

/**
 * Opens a PostgreSQL database (a `postgres://` URL) and applies the migrations in
 * drizzle-postgres/ it has not seen yet. The store's drizzle queries are built from schema.ts by
 * drizzle's SQLite query builder (through its proxy driver) and run here with numbered
 * parameters. Why: the store's queries stay written once, and what that builder writes (quoted
 * names, `?` parameters, LIMIT/OFFSET, IN lists, ON CONFLICT) is SQL that PostgreSQL reads the same.
 */
export async function openPostgres(url: string): Promise<OpenedDatabase> {
  const pool = new pg.Pool({
    connectionString: url,
    types,
    max: Number(process.env.WIREMAP_DB_POOL_SIZE) || 10,
    // An unreachable server fails a request within seconds (503) rather than holding it.
    connectionTimeoutMillis: 5000
  });
  // An idle connection the server closed (a restart) must not stop the process: the pool drops it.
  pool.on('error', (error) => console.error(`wiremap: a PostgreSQL connection failed: ${error.message}`));
  try {
    await migrated(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  const client = postgresClient(pool);
  const run = async (sql: string, params: unknown[], method: string) => {
    const result = await pool.query({ text: numberedPlaceholders(sql), values: params, rowMode: 'array' });
    // drizzle reads a missing row of `get` as undefined.
    return { rows: (method === 'get' ? result.rows[0] : result.rows) as unknown[] };
  };
  const db = sqliteProxy(run, (queries) => batchOfQueries(pool, queries), {
    schema
    // Same query builder and schema as the libsql database; only the driver underneath differs.
  }) as unknown as WiremapDatabase;
  return { client, db, file: null, writesRefused: null, dialect: postgresDialect, postgres: pool };
}

type ProxyQuery = { sql: string; params: unknown[]; method: 'run' | 'all' | 'values' | 'get' };

/** drizzle's `db.batch` on PostgreSQL: one transaction (a single snapshot when it only reads). */
async function batchOfQueries(pool: pg.Pool, queries: ProxyQuery[]): Promise<{ rows: unknown[] }[]> {
  const reads = queries.every((query) => query.method !== 'run');
  return inTransaction(pool, begin[reads ? 'read' : 'write'], async (connection) => {
    const results: { rows: unknown[] }[] = [];
    for (const { sql, params, method } of queries) {
      const result = await connection.query({
        text: numberedPlaceholders(sql),
        values: params,
        rowMode: 'array'
      });
      results.push({ rows: (method === 'get' ? result.rows[0] : result.rows) as unknown[] });
    }
    return results;
  });
}

async function migrated(pool: pg.Pool): Promise<void> {
  const connection = await pool.connect();
  try {
    await connection.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(nodePostgres(connection), {
      migrationsFolder: join(repositoryRoot(), 'drizzle-postgres')
    });
  } finally {
    await connection.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    connection.release();
  }
}
