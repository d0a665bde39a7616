import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { addMention } from './add-mention';
import { addNote } from './add-note';
import { editSchema, type StoredEdit } from '$lib/annotated/edit';
import { editProblem } from './edit-problem';
import { reassignMentions } from './reassign-mentions';
import { resolveCollective } from './resolve-collective';
import type { ReviewLookup } from './review-lookup';
import { setClaimStatus } from './set-claim-status';

function applied(collection: AnnotatedGeoJson, stored: StoredEdit, lookup: ReviewLookup): AnnotatedGeoJson {
  const edit = stored.edit;
  switch (edit.kind) {
    case 'reassign':
      return reassignMentions(collection, edit, stored, lookup);
    case 'resolve':
      return resolveCollective(collection, edit, stored);
    case 'note':
      return addNote(collection, edit, stored);
    case 'status':
      return setClaimStatus(collection, edit);
    case 'add':
      return addMention(collection, edit, stored, lookup);
  }
}

/**
 * The effective collection: `edits` replayed in version order on `base` (never modified), each
 * edit that no longer applies (editProblem) kept as `stale` with its reason and skipped, and the
 * audit trail as `review {version, edits}`. Same inputs, same output, key order included, so an
 * export re-imported and exported again is byte-identical.
 */
export function applyEdits(
  base: AnnotatedGeoJson,
  edits: readonly StoredEdit[],
  lookup: ReviewLookup
): AnnotatedGeoJson {
  let current: AnnotatedGeoJson = {
    type: base.type,
    article: base.article,
    features: base.features,
    quotes: base.quotes,
    figures: base.figures,
    claims: base.claims
  };
  const trail: StoredEdit[] = [];
  for (const stored of [...edits].sort((a, b) => a.version - b.version)) {
    const reason = editProblem(current, stored.edit, lookup);
    if (reason === null) current = applied(current, stored, lookup);
    trail.push({
      uid: stored.uid,
      version: stored.version,
      at: stored.at,
      client: stored.client,
      // zod returns members in schema order, whatever order the client sent them in.
      edit: editSchema.parse(stored.edit),
      ...(reason === null ? { state: 'applied' as const } : { state: 'stale' as const, reason })
    });
  }
  const version = Math.max(0, ...edits.map((edit) => edit.version));
  return { ...current, review: { version, edits: trail } };
}
