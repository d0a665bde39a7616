import { z } from 'zod';
import { tableNames } from '$lib/annotated/csv/article-tables';

/** The `:table` of `GET /api/articles/:id/csv/:table`: mentions, claims, quotes or figures. */
export const csvTableSchema = z.enum(tableNames, {
  error: `the table is one of ${tableNames.join(', ')}`
});
