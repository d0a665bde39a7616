import type { AnnotatedFeature } from '$lib/annotated/schema';

/**
 * How an analyst settles a place they reassign: by picking units (a collective reference, "six
 * regions"), by placing its words (a name the analysis could not locate: gazetteer or pin), or by
 * choosing another candidate (a located place).
 */
export type Reassignment = 'pick-units' | 'place-words' | 'choose-candidate';

/** The way `feature` is reassigned (see Reassignment). */
export function reassignmentOf(feature: AnnotatedFeature): Reassignment {
  const ref = feature.properties.ref;
  if (feature.properties.kind === 'collective' && ('unresolved' in ref || 'set' in ref)) return 'pick-units';
  if ('unresolved' in ref) return 'place-words';
  return 'choose-candidate';
}

/** Whether an analyst resolves this feature by picking units: a collective reference ("six regions"). */
export function isAssignable(feature: AnnotatedFeature): boolean {
  return reassignmentOf(feature) === 'pick-units';
}

/** The units a collective already stands for (the starting pick), none for an unresolved one. */
export function assignedUnits(feature: AnnotatedFeature): string[] {
  const ref = feature.properties.ref;
  return 'set' in ref ? ref.set.filter((code) => code.includes('-')) : [];
}
