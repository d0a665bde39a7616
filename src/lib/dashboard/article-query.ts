/** The article list's filter: publication dates (YYYY-MM-DD, inclusive) and the page. */
export interface ArticleFilter {
  from: string;
  to: string;
  offset: number;
  limit: number;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Why the date range cannot be asked for, or null: each date well formed, `from` not after `to`. */
export function dateRangeProblem(from: string, to: string): string | null {
  if (from && !isoDate.test(from)) return 'The start date must be YYYY-MM-DD.';
  if (to && !isoDate.test(to)) return 'The end date must be YYYY-MM-DD.';
  if (from && to && from > to) return 'The start date is after the end date.';
  return null;
}

/** The query of GET /api/articles for a filter; empty dates are left out. */
export function articleListQuery(filter: ArticleFilter): URLSearchParams {
  const query = new URLSearchParams({ limit: String(filter.limit), offset: String(filter.offset) });
  if (filter.from) query.set('from', filter.from);
  if (filter.to) query.set('to', filter.to);
  return query;
}
