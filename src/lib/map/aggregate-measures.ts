/** What the aggregate layer can count per first-level unit, across every stored article. */
export const aggregateMeasures = ['articles', 'claims', 'figures'] as const;
export type AggregateMeasure = (typeof aggregateMeasures)[number];
