import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import type { Edit, EditTarget } from '$lib/annotated/edit';
import { addProblem } from './add-problem';
import type { ReviewLookup } from './review-lookup';
import { acceptProblem, amendProblem, rejectProblem } from './queue-edit-problems';
import { revertProblem } from './revert-effects';

type EditOf<K extends Edit['kind']> = Extract<Edit, { kind: K }>;

const noPlace = (id: string) => `no place "${id}" in the analysis`;

function reassignProblem(current: AnnotatedGeoJson, edit: EditOf<'reassign'>, lookup: ReviewLookup) {
  const source = current.features.find((feature) => feature.id === edit.place);
  if (!source) return noPlace(edit.place);
  if (edit.to === edit.place) return `the mentions already belong to "${edit.place}"`;
  const target = current.features.find((feature) => feature.id === edit.to);
  if (!target && !lookup.referent(edit.to)) return `no place "${edit.to}" in the gazetteer`;
  const starts = edit.mentions ?? source.properties.mentions.map((mention) => mention.start);
  for (const start of starts) {
    if (!source.properties.mentions.some((mention) => mention.start === start))
      return `place "${edit.place}" has no mention at ${start}`;
    // Two features never share a span in an analysis; a reassignment must not create one.
    if (target?.properties.mentions.some((mention) => mention.start === start))
      return `place "${edit.to}" already has a mention at ${start}`;
  }
  return null;
}

function resolveProblem(current: AnnotatedGeoJson, edit: EditOf<'resolve'>, lookup: ReviewLookup) {
  const feature = current.features.find((candidate) => candidate.id === edit.place);
  if (!feature) return noPlace(edit.place);
  const ref = feature.properties.ref;
  if (!('set' in ref) && !('unresolved' in ref))
    return 'only a collective reference can be resolved to units';
  const seen = new Set<string>();
  for (const code of edit.units) {
    if (seen.has(code)) return `"${code}" is listed twice`;
    seen.add(code);
    if (!lookup.unit(code)) return `"${code}" is not a first-level unit we have`;
  }
  return null;
}

function targetProblem(current: AnnotatedGeoJson, target: EditTarget) {
  if (target.type === 'place')
    return current.features.some((feature) => feature.id === target.id) ? null : noPlace(target.id);
  const items = target.type === 'claim' ? current.claims : current.figures;
  return items.some((item) => item.start === target.start)
    ? null
    : `no ${target.type} starts at ${target.start}`;
}

/**
 * Why `edit` cannot apply to the collection `current` (a missing place, mention, claim, figure,
 * gazetteer referent or unit, a pointless reassignment, or an added mention outside the article or
 * overlapping another), or null when it applies. A revert is judged against the audit trail
 * `current.review` (revertProblem).
 */
export function editProblem(current: AnnotatedGeoJson, edit: Edit, lookup: ReviewLookup): string | null {
  switch (edit.kind) {
    case 'reassign':
      return reassignProblem(current, edit, lookup);
    case 'resolve':
      return resolveProblem(current, edit, lookup);
    case 'note':
      return targetProblem(current, edit.target);
    case 'status':
      return targetProblem(current, { type: 'claim', start: edit.claim });
    case 'add':
      return addProblem(current, edit, lookup);
    case 'revert':
      return revertProblem(current.review?.edits ?? [], edit);
    case 'accept':
      return acceptProblem(current, edit);
    case 'reject':
      return rejectProblem(current, edit);
    case 'amend':
      return amendProblem(current, edit);
  }
}
