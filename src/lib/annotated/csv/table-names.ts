/**
 * The four CSV tables of an article, named as the API's `table` parameter and the CLI's files.
 * On its own so the page can list them without loading the table builders.
 */
export const tableNames = ['mentions', 'claims', 'quotes', 'figures'] as const;
export type TableName = (typeof tableNames)[number];
