import {
  claimSchema,
  figureSchema,
  placePropertiesSchema,
  type AnnotatedGeoJson,
  type Note
} from '$lib/annotated/schema';
import type { Edit, StoredEdit } from '$lib/annotated/edit';
import { inSchemaOrder } from './schema-order';

const withNote = <T extends { notes?: Note[] }>(item: T, note: Note): T => ({
  ...item,
  notes: [...(item.notes ?? []), note]
});

/** The collection with the edit's note appended to its place, claim or figure (found by id or start). */
export function addNote(
  collection: AnnotatedGeoJson,
  edit: Extract<Edit, { kind: 'note' }>,
  origin: Pick<StoredEdit, 'uid' | 'at' | 'client'>
): AnnotatedGeoJson {
  const note: Note = { text: edit.text, at: origin.at, client: origin.client, edit: origin.uid };
  const target = edit.target;
  if (target.type === 'place') {
    const features = collection.features.map((feature) =>
      feature.id === target.id
        ? {
            ...feature,
            properties: inSchemaOrder(placePropertiesSchema.shape, withNote(feature.properties, note))
          }
        : feature
    );
    return { ...collection, features };
  }
  if (target.type === 'claim') {
    const claims = collection.claims.map((claim) =>
      claim.start === target.start ? inSchemaOrder(claimSchema.shape, withNote(claim, note)) : claim
    );
    return { ...collection, claims };
  }
  const figures = collection.figures.map((figure) =>
    figure.start === target.start ? inSchemaOrder(figureSchema.shape, withNote(figure, note)) : figure
  );
  return { ...collection, figures };
}
