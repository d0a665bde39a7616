import type { InStatement, InValue } from '@libsql/client';
import type { UnitConcern } from '$lib/review/unit-concerns';
import type { SqlDialect } from '../db/sql-client';

/** A fixed SQL condition written in this folder, with its values as parameters. */
export interface SqlGuard {
  sql: string;
  args: InValue[];
}

/** True while the article is still at `version`: a write computed for that version may land. */
export function atVersion(articleId: string, version: number): SqlGuard {
  return { sql: '(SELECT version FROM articles WHERE id = ?) = ?', args: [articleId, version] };
}

/**
 * Statements that replace an article's unit_concerns rows with `concerns`, each taking effect
 * only when `guard` holds inside the same batch (so a write that lost its race changes nothing).
 */
export function concernStatements(
  dialect: SqlDialect,
  articleId: string,
  concerns: readonly UnitConcern[],
  guard: SqlGuard
): InStatement[] {
  // `guard.sql` is one of the constant conditions above or in append-edit.ts, never a value.
  return [
    {
      sql: `DELETE FROM unit_concerns WHERE article_id = ? AND ${guard.sql}`,
      args: [articleId, ...guard.args]
    },
    // One statement for every row (the rows travel as one JSON parameter): a statement per row
    // cost a prepare and a run each, a fifth of an article's ingest.
    ...(concerns.length === 0
      ? []
      : [
          {
            // The day comes from the articles row, in the same statement, so the two always agree.
            sql: `INSERT INTO unit_concerns (article_id, unit, day, claims, figures)
                  SELECT a.id, c.unit, a.day, c.claims, c.figures
                  FROM articles a, ${dialect.concernRows} WHERE a.id = ? AND ${guard.sql}`,
            args: [
              JSON.stringify(concerns.map(({ unit, claims, figures }) => ({ unit, claims, figures }))),
              articleId,
              ...guard.args
            ]
          }
        ])
  ];
}
