import type { AnnotatedFeature } from './schema';

/**
 * Whether a feature is drawn only roughly where it is: a named facility or district placed at
 * its town's point (the analysis says so in `needsReview`, its only record of the borrowing), or
 * a collective reference whose set has a different number of members than the text counts.
 * An analyst's resolution is exact by definition.
 */
export function approximatePlacement(feature: AnnotatedFeature): boolean {
  const { ref, count, needsReview, resolvedBy } = feature.properties;
  if (!feature.geometry || resolvedBy) return false;
  if ('set' in ref && count !== undefined && count !== ref.set.length) return true;
  // facilityAt (analysis/places/facility-at.ts) words every borrowed point "placed at <town>".
  return 'curated' in ref && /\bplaced at\b/.test(needsReview ?? '');
}
