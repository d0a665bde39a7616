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

/** The dates a list is asked for: both well formed, in order, and whether they were swapped. */
export type DatesToList =
  { ok: true; from: string; to: string; swapped: boolean } | { ok: false; problem: string };

/**
 * The dates to list for what the analyst typed: a reversed range (`from` after `to`) is read as
 * the same days in order, since nobody means an empty range; a malformed date is a problem.
 */
export function listForDates(from: string, to: string): DatesToList {
  const swapped = Boolean(from && to && from > to);
  const [first, last] = swapped ? [to, from] : [from, to];
  const problem = dateRangeProblem(first, last);
  return problem ? { ok: false, problem } : { ok: true, from: first, to: last, swapped };
}

/** The query of GET /api/articles for a filter; empty dates are left out. */
export function articleListQuery(filter: ArticleFilter): URLSearchParams {
  const query = new URLSearchParams({ limit: String(filter.limit), offset: String(filter.offset) });
  if (filter.from) query.set('from', filter.from);
  if (filter.to) query.set('to', filter.to);
  return query;
}
