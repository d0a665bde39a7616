import { asc, count, sql } from 'drizzle-orm';
import type { UnitCounts } from '$lib/map/aggregate-measures';
import { unitConcerns } from '../db/schema';
import { inDateRange, type DateRange } from './date-range';
import type { ArticleStore } from './open-article-store';

/**
 * Per first-level unit (UnitCounts, the API's answer), how many stored articles whose day (publication date, else the day
 * stored) lies in the range concern it, and with how many claims and figures; sorted by code.
 */
export async function unitAggregate(store: ArticleStore, range: DateRange): Promise<UnitCounts[]> {
  // One row per article and unit, each carrying its article's day: the covering index on
  // (unit, day, claims, figures) answers without touching the tables.
  const rows = await store.db
    .select({
      unit: unitConcerns.unit,
      articles: count(),
      claims: sql<number>`coalesce(sum(${unitConcerns.claims}), 0)`.mapWith(Number),
      figures: sql<number>`coalesce(sum(${unitConcerns.figures}), 0)`.mapWith(Number)
    })
    .from(unitConcerns)
    .where(inDateRange(unitConcerns.day, range))
    .groupBy(unitConcerns.unit)
    .orderBy(asc(unitConcerns.unit));
  return rows.map((row) => ({
    unit: row.unit,
    name: store.lookup.unit(row.unit)?.name ?? row.unit,
    articles: row.articles,
    claims: row.claims,
    figures: row.figures
  }));
}
