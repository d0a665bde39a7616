import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { addMention } from './add-mention';
import { addNote } from './add-note';
import { editSchema, type StoredEdit } from '$lib/annotated/edit';
import { editProblem } from './edit-problem';
import { reassignMentions } from './reassign-mentions';
import { resolveCollective } from './resolve-collective';
import type { ReviewLookup } from './review-lookup';
import { setClaimStatus } from './set-claim-status';
import { acceptPlace } from './accept-place';
import { amendNote } from './amend-note';
import { rejectMentions } from './reject-mentions';
import { revertEffects, type RevertEffect } from './revert-effects';

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
    case 'revert':
      return collection; // what it takes back is skipped by the replay (revertEffects)
    case 'accept':
      return acceptPlace(collection, edit, stored);
    case 'reject':
      return rejectMentions(collection, edit, stored);
    case 'amend':
      return amendNote(collection, edit, stored);
  }
}

/** Why the edit is not applied (a revert that cannot apply, a reverted edit, editProblem), or null. */
function notApplied(
  current: AnnotatedGeoJson,
  stored: StoredEdit,
  effect: RevertEffect | undefined,
  lookup: ReviewLookup
): Pick<StoredEdit, 'state' | 'reason'> | null {
  if (effect?.problem) return { state: 'stale', reason: effect.problem };
  if (effect?.revertedBy) return { state: 'reverted', reason: `reverted by version ${effect.revertedBy}` };
  if (stored.edit.kind === 'revert') return null;
  const reason = editProblem(current, stored.edit, lookup);
  return reason === null ? null : { state: 'stale', reason };
}

/**
 * The effective collection: `edits` replayed in version order on `base` (never modified), each
 * edit that a later revert took back kept as `reverted` and skipped (revertEffects), each one that
 * no longer applies (editProblem) kept as `stale` with its reason and skipped, and the
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
    claims: base.claims,
    ...(base.rejected ? { rejected: base.rejected } : {})
  };
  const trail: StoredEdit[] = [];
  const ordered = [...edits].sort((a, b) => a.version - b.version);
  const effects = revertEffects(ordered);
  for (const stored of ordered) {
    const skipped = notApplied(current, stored, effects.get(stored.uid), lookup);
    if (skipped === null) current = applied(current, stored, lookup);
    trail.push({
      uid: stored.uid,
      version: stored.version,
      at: stored.at,
      client: stored.client,
      // zod returns members in schema order, whatever order the client sent them in.
      edit: editSchema.parse(stored.edit),
      ...(skipped ?? { state: 'applied' as const })
    });
  }
  const version = Math.max(0, ...edits.map((edit) => edit.version));
  return { ...current, review: { version, edits: trail } };
}
