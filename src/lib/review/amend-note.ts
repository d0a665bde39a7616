import type { AnnotatedGeoJson, Note } from '$lib/annotated/schema';
import type { Edit, StoredEdit } from '$lib/annotated/edit';

type Noted = { notes?: Note[] };

function amended<T extends Noted>(item: T, edit: Extract<Edit, { kind: 'amend' }>, origin: Amendment): T {
  if (!item.notes?.some((note) => note.edit === edit.note)) return item;
  const notes = item.notes.map((note) =>
    note.edit === edit.note
      ? { ...note, text: edit.text, amended: { edit: origin.uid, at: origin.at, client: origin.client } }
      : note
  );
  return { ...item, notes };
}

type Amendment = Pick<StoredEdit, 'uid' | 'at' | 'client'>;

/**
 * The collection with the note that the `note` edit `edit.note` added given the new text, and
 * `amended` naming this edit; the note keeps its place, first author and time. Earlier texts stay
 * in the audit trail.
 */
export function amendNote(
  collection: AnnotatedGeoJson,
  edit: Extract<Edit, { kind: 'amend' }>,
  origin: Amendment
): AnnotatedGeoJson {
  return {
    ...collection,
    features: collection.features.map((feature) => {
      const properties = amended(feature.properties, edit, origin);
      return properties === feature.properties ? feature : { ...feature, properties };
    }),
    claims: collection.claims.map((claim) => amended(claim, edit, origin)),
    figures: collection.figures.map((figure) => amended(figure, edit, origin))
  };
}

/** Whether the collection holds a note added by the `note` edit with uid `uid`. */
export function hasNote(collection: AnnotatedGeoJson, uid: string): boolean {
  const items: Noted[] = [
    ...collection.features.map((feature) => feature.properties),
    ...collection.claims,
    ...collection.figures
  ];
  return items.some((item) => item.notes?.some((note) => note.edit === uid));
}
