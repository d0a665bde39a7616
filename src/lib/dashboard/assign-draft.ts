import type { Edit } from '$lib/annotated/edit';
import { sourceLink } from './source-link';

/** What the analyst has entered so far to resolve a collective reference to units. */
export interface AssignDraft {
  units: string[];
  source: string;
  note: string;
}

/** Why the draft cannot be saved yet, in the analyst's words; empty when it can. */
export function assignProblems(draft: AssignDraft): string[] {
  const problems: string[] = [];
  if (draft.units.length === 0) problems.push('Click at least one region on the map.');
  if (draft.source.trim() === '') problems.push('Give the source that names the regions.');
  else if (!sourceLink(draft.source))
    problems.push('The source must be a web address (http:// or https://).');
  return problems;
}

/** The `resolve` edit a complete draft makes for the feature `place`. */
export function resolveEdit(place: string, draft: AssignDraft): Extract<Edit, { kind: 'resolve' }> {
  const note = draft.note.trim();
  return {
    kind: 'resolve',
    place,
    units: [...draft.units],
    source: draft.source.trim(),
    ...(note ? { note } : {})
  };
}
