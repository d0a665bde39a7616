import { placePropertiesSchema, type AnnotatedGeoJson } from '$lib/annotated/schema';
import type { Edit, StoredEdit } from '$lib/annotated/edit';
import { inSchemaOrder } from './schema-order';

/**
 * The collection with the collective feature `place` resolved to the analyst's units: a set
 * referent (`basis: 'analyst'`) drawn as their joined outlines (referentGeometry), `resolvedBy` the edit and its
 * source, and no `needsReview`. Its id stays, so claims and figures keep naming it.
 */
export function resolveCollective(
  collection: AnnotatedGeoJson,
  edit: Extract<Edit, { kind: 'resolve' }>,
  origin: Pick<StoredEdit, 'uid'>
): AnnotatedGeoJson {
  const features = collection.features.map((feature) => {
    if (feature.id !== edit.place) return feature;
    const properties = inSchemaOrder(placePropertiesSchema.shape, {
      ...feature.properties,
      ref: { set: edit.units, named_in_text: false, basis: 'analyst' },
      needsReview: undefined,
      resolvedBy: { edit: origin.uid, source: edit.source, ...(edit.note ? { note: edit.note } : {}) }
    });
    // Drawn by its units' outlines, which withOutlines adds at the edges.
    return { ...feature, geometry: null, properties };
  });
  return { ...collection, features };
}
