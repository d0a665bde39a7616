import type { Client } from '@libsql/client';

/**
 * What the store asks of a database connection: statements with `?` parameters, one at a time or
 * as one transaction (`batch`). libsql's client is one; postgresClient is the other. The store's
 * SQL is written in what both engines share; the few places they differ ask `SqlDialect`.
 */
export type SqlClient = Pick<Client, 'execute' | 'batch' | 'close' | 'reconnect'>;

/** Which engine a store runs on, and the SQL that differs between the two. */
export interface SqlDialect {
  name: 'sqlite' | 'postgres';
  /**
   * A FROM item that reads one JSON parameter, an array of `{unit, claims, figures}` objects, as
   * rows `c(unit, claims, figures)`.
   */
  concernRows: string;
}

export const sqliteDialect: SqlDialect = {
  name: 'sqlite',
  concernRows: `(SELECT value ->> '$.unit' AS unit, value ->> '$.claims' AS claims,
                 value ->> '$.figures' AS figures FROM json_each(?)) c`
};

export const postgresDialect: SqlDialect = {
  name: 'postgres',
  concernRows: `json_to_recordset(?::json) AS c(unit text, claims integer, figures integer)`
};
