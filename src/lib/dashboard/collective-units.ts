import type { AnnotatedFeature } from '$lib/annotated/schema';

/** Whether an analyst resolves this feature by picking units: a collective reference ("six regions"). */
export function isAssignable(feature: AnnotatedFeature): boolean {
  const ref = feature.properties.ref;
  return 'unresolved' in ref || ('set' in ref && feature.properties.kind === 'collective');
}

/** The units a collective already stands for (the starting pick), none for an unresolved one. */
export function assignedUnits(feature: AnnotatedFeature): string[] {
  const ref = feature.properties.ref;
  return 'set' in ref ? ref.set.filter((code) => code.includes('-')) : [];
}
