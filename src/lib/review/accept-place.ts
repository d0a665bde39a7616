import { placePropertiesSchema, type AnnotatedGeoJson } from '$lib/annotated/schema';
import type { Edit, StoredEdit } from '$lib/annotated/edit';
import { inSchemaOrder } from './schema-order';

/**
 * The collection with the feature `place` marked as confirmed by the analyst (`acceptedBy`).
 * Nothing else changes: `needsReview` still says why it was worth a look (an approximate
 * placement stays approximate), it just leaves the review queue.
 */
export function acceptPlace(
  collection: AnnotatedGeoJson,
  edit: Extract<Edit, { kind: 'accept' }>,
  origin: Pick<StoredEdit, 'uid'>
): AnnotatedGeoJson {
  const features = collection.features.map((feature) =>
    feature.id === edit.place
      ? {
          ...feature,
          properties: inSchemaOrder(placePropertiesSchema.shape, {
            ...feature.properties,
            acceptedBy: { edit: origin.uid }
          })
        }
      : feature
  );
  return { ...collection, features };
}
