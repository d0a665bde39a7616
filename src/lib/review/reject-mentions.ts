import { placeRoles } from '$lib/annotated/annotated-feature-collection';
import { placePropertiesSchema, type AnnotatedGeoJson } from '$lib/annotated/schema';
import type { Edit, StoredEdit } from '$lib/annotated/edit';
import { inSchemaOrder } from './schema-order';

const withoutPlace = <T extends { places: string[] }>(item: T, id: string): T =>
  item.places.includes(id) ? { ...item, places: item.places.filter((place) => place !== id) } : item;

/**
 * The collection with the edit's mentions (all when it names none) taken out of feature `place`
 * and kept in `rejected` with the place's name and the edit's uid: they are not places. A feature
 * left without mentions disappears, and the claims and figures that named it no longer do; one
 * that keeps some has its roles recomputed from them. Assumes editProblem found nothing.
 */
export function rejectMentions(
  collection: AnnotatedGeoJson,
  edit: Extract<Edit, { kind: 'reject' }>,
  origin: Pick<StoredEdit, 'uid'>
): AnnotatedGeoJson {
  const source = collection.features.find((feature) => feature.id === edit.place)!;
  const chosen = (start: number) => !edit.mentions || edit.mentions.includes(start);
  const mentions = source.properties.mentions;
  const rejected = mentions.filter((mention) => chosen(mention.start));
  const kept = mentions.filter((mention) => !chosen(mention.start));
  const entry = { place: source.id, name: source.properties.name, mentions: rejected, edit: origin.uid };

  let { claims, figures } = collection;
  if (!kept.length) {
    claims = claims.map((claim) => withoutPlace(claim, source.id));
    figures = figures.map((figure) => withoutPlace(figure, source.id));
  }
  const features = collection.features.flatMap((feature) => {
    if (feature.id !== source.id) return [feature];
    if (!kept.length) return [];
    const properties = { ...feature.properties, mentions: kept };
    const roles = placeRoles({ id: feature.id, ...properties }, claims);
    return [{ ...feature, properties: inSchemaOrder(placePropertiesSchema.shape, { ...properties, roles }) }];
  });
  return {
    ...collection,
    features,
    figures,
    claims,
    rejected: [...(collection.rejected ?? []), entry]
  };
}
