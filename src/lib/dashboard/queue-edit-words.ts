import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import type { Edit, StoredEdit } from '$lib/annotated/edit';
import { excerpt, placeName, targetWords } from './audit-trail';

type Collection = Pick<
  AnnotatedGeoJson,
  'article' | 'features' | 'claims' | 'figures' | 'review' | 'rejected'
>;
type UndoKind = 'revert' | 'accept' | 'reject' | 'amend';

/**
 * What a revert, accept, reject or amend edit did, in words; `describe` words the edit a revert
 * names, whatever its kind.
 */
export function queueEditWords(
  collection: Collection,
  uid: string,
  edit: Extract<Edit, { kind: UndoKind }>,
  describe: (other: StoredEdit) => string
): string {
  const trail = collection.review?.edits ?? [];
  switch (edit.kind) {
    case 'revert': {
      const target = trail.find((entry) => entry.uid === edit.edit);
      if (!target) return 'Undid an edit this review does not hold';
      const verb = target.edit.kind === 'revert' ? 'Re-applied by undoing' : 'Undid';
      return `${verb} v${target.version}: ${describe(target)}`;
    }
    case 'accept':
      return `Accepted ${placeName(collection, edit.place)} as placed`;
    case 'reject': {
      const entry = collection.rejected?.find((candidate) => candidate.edit === uid);
      const words = entry
        ? entry.mentions.map((mention) => `“${mention.text}”`).join(', ')
        : `“${placeName(collection, edit.place)}”`;
      return `Rejected ${words} as not a place`;
    }
    case 'amend': {
      const note = trail.find((entry) => entry.uid === edit.note)?.edit;
      const on = note?.kind === 'note' ? ` on ${targetWords(collection, note.target)}` : '';
      return `Rewrote a note${on}: “${excerpt(edit.text, 80)}”`;
    }
  }
}
