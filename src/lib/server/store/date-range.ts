import { and, gte, lte, type Column, type SQL } from 'drizzle-orm';

/** A range of days, YYYY-MM-DD, both ends included and optional. */
export interface DateRange {
  from?: string;
  to?: string;
}

/** The condition for an article's `day` column (publication date, else the day stored) in `range`. */
export function inDateRange(day: Column, range: DateRange): SQL | undefined {
  return and(
    range.from === undefined ? undefined : gte(day, range.from),
    range.to === undefined ? undefined : lte(day, range.to)
  );
}
