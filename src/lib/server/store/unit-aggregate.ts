import { asc, count, sql } from 'drizzle-orm';
import { unitConcerns } from '../db/schema';
import { inDateRange, type DateRange } from './date-range';
import type { ArticleStore } from './open-article-store';

/** How much of the stored articles concerns one first-level unit. */
export interface UnitAggregate {
  /** ISO 3166-2 code */
  unit: string;
  name: string;
  /** Articles that concern the unit */
  articles: number;
  /** Their claims about places in the unit */
  claims: number;
  /** Their figures about places in the unit */
  figures: number;
}

/**
 * Per first-level unit, how many stored articles whose day (publication date, else the day
 * stored) lies in the range concern it, and with how many claims and figures; sorted by code.
 */
export async function unitAggregate(store: ArticleStore, range: DateRange): Promise<UnitAggregate[]> {
  // One row per article and unit, each carrying its article's day: the covering index on
  // (unit, day, claims, figures) answers without touching the tables.
  const rows = await store.db
    .select({
      unit: unitConcerns.unit,
      articles: count(),
      claims: sql<number>`total(${unitConcerns.claims})`.mapWith(Number),
      figures: sql<number>`total(${unitConcerns.figures})`.mapWith(Number)
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
