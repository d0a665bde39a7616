import type { InArgs, InStatement, InValue, ResultSet, Row, TransactionMode } from '@libsql/client';
import type pg from 'pg';
import type { SqlClient } from './sql-client';

/**
 * `?` placeholders numbered as PostgreSQL wants them ($1, $2, …). The store's SQL never has a
 * `?` inside a string literal, so each one is a parameter.
 */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function values(args: InArgs | undefined): unknown[] {
  if (!args) return [];
  if (!Array.isArray(args)) throw new Error('the PostgreSQL store takes positional parameters only');
  return args.map((value: InValue) => (typeof value === 'bigint' ? value.toString() : value));
}

/** A pg result as libsql's ResultSet: rows readable by column name and by position. */
function resultSet(result: pg.QueryResult): ResultSet {
  const columns = result.fields?.map((field) => field.name) ?? [];
  const rows = (result.rows ?? []).map((record: Record<string, unknown>) => {
    const row = { ...record, length: columns.length } as Record<string | number, unknown>;
    columns.forEach((column, index) => (row[index] = record[column]));
    return row as unknown as Row;
  });
  return {
    columns,
    columnTypes: columns.map(() => ''),
    rows,
    rowsAffected: result.rowCount ?? 0,
    lastInsertRowid: undefined,
    toJSON: () => ({ columns, rows: result.rows, rowsAffected: result.rowCount ?? 0 })
  };
}

/** How a batch's transaction opens, by libsql's transaction mode. */
export const begin: Record<TransactionMode, string> = {
  write: 'BEGIN',
  deferred: 'BEGIN',
  // One snapshot for every read of the batch, as SQLite's read transaction gives.
  read: 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY'
};

/**
 * Runs `work` in one transaction on one connection of `pool`, opened by `beginStatement`: COMMIT
 * when it resolves, ROLLBACK when it throws. A connection that cannot even roll back is dropped
 * from the pool rather than reused.
 */
export async function inTransaction<T>(
  pool: pg.Pool,
  beginStatement: string,
  work: (connection: pg.PoolClient) => Promise<T>
): Promise<T> {
  const connection = await pool.connect();
  let broken: Error | undefined;
  try {
    await connection.query(beginStatement);
    const result = await work(connection);
    await connection.query('COMMIT');
    return result;
  } catch (error) {
    await connection.query('ROLLBACK').catch((failure: Error) => (broken = failure));
    throw error;
  } finally {
    connection.release(broken);
  }
}

/** The SqlClient of a PostgreSQL pool: a batch is one transaction on one of its connections. */
export function postgresClient(pool: pg.Pool): SqlClient {
  const execute = async (statement: InStatement | string, args?: InArgs): Promise<ResultSet> => {
    const { sql, args: given } = typeof statement === 'string' ? { sql: statement, args } : statement;
    return resultSet(await pool.query(numberedPlaceholders(sql), values(given)));
  };
  return {
    execute,
    batch: (statements, mode = 'deferred') =>
      inTransaction(pool, begin[mode], async (connection) => {
        const results: ResultSet[] = [];
        for (const entry of statements) {
          const { sql, args } = Array.isArray(entry)
            ? { sql: entry[0], args: entry[1] }
            : typeof entry === 'string'
              ? { sql: entry, args: undefined }
              : entry;
          results.push(resultSet(await connection.query(numberedPlaceholders(sql), values(args))));
        }
        return results;
      }),
    close() {
      void pool.end().catch(() => undefined);
    },
    reconnect() {
      // The pool replaces a broken connection by itself.
    }
  };
}
