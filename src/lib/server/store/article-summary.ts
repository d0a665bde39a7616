import type { ArticleRow } from './loaded-review';

/** What a list of articles shows of each one. */
export interface ArticleSummary {
  id: string;
  title: string;
  url: string | null;
  /** YYYY-MM-DD, when the analyst gave it */
  published: string | null;
  /** ISO 8601 instant the article was first stored */
  created: string;
  version: number;
  /** Engine version of the current analysis */
  engine: string;
  /** How many edits the audit trail holds */
  edits: number;
}

/** The summary of an articles row, given its analysis's engine version and its number of edits. */
export function articleSummary(
  row: Pick<ArticleRow, 'id' | 'title' | 'url' | 'published' | 'createdAt' | 'version'>,
  engine: string,
  edits: number
): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    published: row.published,
    created: row.createdAt,
    version: row.version,
    engine,
    edits
  };
}
