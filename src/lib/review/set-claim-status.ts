import { claimSchema, type AnnotatedGeoJson } from '$lib/annotated/schema';
import type { Edit } from '$lib/annotated/edit';
import { inSchemaOrder } from './schema-order';

/**
 * The collection with the status of the claim starting at `edit.claim` set to `edit.status`, or
 * taken away (`unreviewed`).
 */
export function setClaimStatus(
  collection: AnnotatedGeoJson,
  edit: Extract<Edit, { kind: 'status' }>
): AnnotatedGeoJson {
  const status = edit.status === 'unreviewed' ? undefined : edit.status;
  const claims = collection.claims.map((claim) =>
    claim.start === edit.claim ? inSchemaOrder(claimSchema.shape, { ...claim, status }) : claim
  );
  return { ...collection, claims };
}
