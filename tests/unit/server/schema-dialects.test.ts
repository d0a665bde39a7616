import { getTableName, is, SQL, StringChunk, Table } from 'drizzle-orm';
import { getTableConfig as pgTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as postgresSchema from '$lib/server/db/postgres-schema';
import * as sqliteSchema from '$lib/server/db/schema';

/** The SQL text of a generated column's expression. */
function generatedAs(as: unknown): string | null {
  if (!is(as, SQL)) return null;
  return as.queryChunks.map((chunk) => (is(chunk, StringChunk) ? chunk.value.join('') : '?')).join('');
}

type Config = ReturnType<typeof sqliteTableConfig> | ReturnType<typeof pgTableConfig>;

/** What both dialects must agree on: every column with its nullability, default and key, every index and constraint. */
function shape(config: Config) {
  return {
    columns: config.columns
      .map((column) => ({
        name: column.name,
        notNull: column.notNull,
        primary: column.primary,
        unique: column.isUnique,
        hasDefault: column.hasDefault,
        generated: generatedAs(column.generated?.as),
        type: column.dataType
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    primaryKeys: config.primaryKeys.map((key) => key.columns.map((column) => column.name)),
    foreignKeys: config.foreignKeys
      .map((key) => {
        const reference = key.reference();
        return `${reference.columns.map((column) => column.name)} → ${getTableName(reference.foreignTable)}.${reference.foreignColumns.map((column) => column.name)} ${key.onDelete}`;
      })
      .sort(),
    indexes: config.indexes
      .map(
        (index) =>
          `${index.config.name}(${index.config.columns.map((column) => ('name' in column ? column.name : '?'))})`
      )
      .sort(),
    uniques: config.uniqueConstraints.map(
      (unique) => `${unique.name}(${unique.columns.map((column) => column.name)})`
    )
  };
}

const tables = <T>(schema: Record<string, unknown>) =>
  Object.fromEntries(
    Object.values(schema)
      .filter((value) => is(value, Table))
      .map((table) => [getTableName(table as Table), table as T])
  );

describe('the SQLite and PostgreSQL schemas', () => {
  const sqlite = tables<SQLiteTable>(sqliteSchema);
  const postgres = tables<PgTable>(postgresSchema);

  it('have the same tables', () => {
    expect(Object.keys(postgres).sort()).toEqual(Object.keys(sqlite).sort());
    expect(Object.keys(sqlite)).toContain('articles');
  });

  it.each(Object.keys(sqlite))('describe %s alike, column by column, key by key', (name) => {
    expect(shape(pgTableConfig(postgres[name]!))).toEqual(shape(sqliteTableConfig(sqlite[name]!)));
  });
});
