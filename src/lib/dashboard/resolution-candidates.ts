import type { AnnotatedFeature } from '$lib/annotated/schema';

/** Another referent a place could resolve to: one of the analysis's alternatives or a gazetteer hit. */
export interface ResolutionCandidate {
  id: string;
  name: string;
  /** "score 0.42" for an alternative; "city · UA · UA-14" for a gazetteer hit. */
  detail: string;
}

/** The analysis's other candidates for a place, best first, without the place itself. */
export function resolutionCandidates(feature: AnnotatedFeature): ResolutionCandidate[] {
  return [...feature.properties.alternatives]
    .filter((alternative) => alternative.id !== feature.id)
    .sort((a, b) => b.score - a.score)
    .map((alternative) => ({
      id: alternative.id,
      name: alternative.name,
      detail: `score ${alternative.score.toFixed(2)}`
    }));
}
