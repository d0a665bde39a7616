import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import type { Edit } from '$lib/annotated/edit';
import { hasNote } from './amend-note';

type EditOf<K extends Edit['kind']> = Extract<Edit, { kind: K }>;

const noPlace = (id: string) => `no place "${id}" in the analysis`;

/** Why an `accept` cannot apply: no such place, or the analyst already accepted it. */
export function acceptProblem(current: AnnotatedGeoJson, edit: EditOf<'accept'>): string | null {
  const feature = current.features.find((candidate) => candidate.id === edit.place);
  if (!feature) return noPlace(edit.place);
  return feature.properties.acceptedBy ? `place "${edit.place}" is already accepted` : null;
}

/** Why a `reject` cannot apply: no such place, or no such mention of it. */
export function rejectProblem(current: AnnotatedGeoJson, edit: EditOf<'reject'>): string | null {
  const feature = current.features.find((candidate) => candidate.id === edit.place);
  if (!feature) return noPlace(edit.place);
  for (const start of edit.mentions ?? [])
    if (!feature.properties.mentions.some((mention) => mention.start === start))
      return `place "${edit.place}" has no mention at ${start}`;
  return null;
}

/** Why an `amend` cannot apply: the note it rewrites is not there (never added, or reverted). */
export function amendProblem(current: AnnotatedGeoJson, edit: EditOf<'amend'>): string | null {
  return hasNote(current, edit.note) ? null : `no note from edit ${edit.note}`;
}
