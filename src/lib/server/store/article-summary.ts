import type { ArticleSummary } from '$lib/dashboard/api-responses';
import type { ArticleRow } from './loaded-review';

// The wire shape is declared once, where the dashboard reads it.
export type { ArticleSummary };

/**
 * The summary of an articles row, given its analysis's engine version (null when it has none
 * yet: queued for a worker) and its number of edits.
 */
export function articleSummary(
  row: Pick<ArticleRow, 'id' | 'title' | 'url' | 'published' | 'agency' | 'byline' | 'createdAt' | 'version'>,
  engine: string | null,
  edits: number
): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    published: row.published,
    agency: row.agency,
    byline: row.byline,
    created: row.createdAt,
    version: row.version,
    engine,
    edits
  };
}
