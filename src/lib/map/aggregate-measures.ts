/** What the aggregate layer can count per first-level unit, across every stored article. */
export const aggregateMeasures = ['articles', 'claims', 'figures'] as const;
export type AggregateMeasure = (typeof aggregateMeasures)[number];

/** One unit's counts, as GET /api/aggregate answers them. */
export interface UnitCounts {
  /** ISO 3166-2 code, e.g. "UA-63". */
  unit: string;
  name: string;
  articles: number;
  claims: number;
  figures: number;
}
