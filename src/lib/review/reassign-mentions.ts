import { placeEvent } from '$lib/analysis/places/event-kind';
import { placeRoles } from '$lib/annotated/annotated-feature-collection';
import { outlineCodes } from '$lib/annotated/referent-geometry';
import { placePropertiesSchema, type AnnotatedFeature, type AnnotatedGeoJson } from '$lib/annotated/schema';
import type { Edit, StoredEdit } from '$lib/annotated/edit';
import type { ReferentInfo, ReviewLookup } from './review-lookup';
import { inSchemaOrder } from './schema-order';

type Mention = AnnotatedFeature['properties']['mentions'][number];
type Claim = AnnotatedGeoJson['claims'][number];

const firstStart = (feature: AnnotatedFeature) => feature.properties.mentions[0]!.start;

function withMentions(feature: AnnotatedFeature, mentions: Mention[]): AnnotatedFeature {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  return { ...feature, properties: { ...feature.properties, mentions: sorted } };
}

/** A feature for a referent the analysis did not find; the analyst's choice is certain. */
function newFeature(info: ReferentInfo, mentions: Mention[]): AnnotatedFeature {
  return withMentions(
    {
      type: 'Feature',
      id: info.id,
      // A referent drawn by its outline keeps none in the analysis: withOutlines adds it at the edges.
      geometry: outlineCodes(info.ref) && info.geometry?.type !== 'Point' ? null : info.geometry,
      properties: {
        ref: info.ref,
        name: info.name,
        kind: info.kind,
        ...(info.country ? { country: info.country } : {}),
        roles: ['mentioned'], // recomputed below, once the claims are re-pointed
        confidence: 1,
        alternatives: [],
        mentions
      }
    },
    mentions
  );
}

/**
 * Roles and event kind as the analysis derives them: the mentions' roles, plus `contested` from
 * demand claims; the kind from the sentences of the event, struck and meeting mentions it now has.
 */
function withRoles(feature: AnnotatedFeature, claims: readonly Claim[], text: string): AnnotatedFeature {
  const roles = placeRoles({ id: feature.id, ...feature.properties }, claims);
  const { event: _previous, ...properties } = feature.properties;
  const event = placeEvent(text, properties.mentions);
  return {
    ...feature,
    properties: inSchemaOrder(placePropertiesSchema.shape, {
      ...properties,
      roles,
      ...(event ? { event } : {})
    })
  };
}

function repointed<T extends { places: string[] }>(item: T, from: string, to: string): T {
  if (!item.places.includes(from)) return item;
  const places = [...new Set(item.places.map((id) => (id === from ? to : id)))];
  return { ...item, places };
}

/**
 * The collection with the edit's mentions (all when it names none) moved from feature `place` to
 * feature `to`, created from the gazetteer when absent; each moved mention records where it came
 * from. A feature left without mentions disappears, and the claims and figures that named it
 * name `to` instead. Assumes editProblem found nothing.
 */
export function reassignMentions(
  collection: AnnotatedGeoJson,
  edit: Extract<Edit, { kind: 'reassign' }>,
  origin: Pick<StoredEdit, 'uid'>,
  lookup: ReviewLookup
): AnnotatedGeoJson {
  const source = collection.features.find((feature) => feature.id === edit.place)!;
  const chosen = (mention: Mention) => !edit.mentions || edit.mentions.includes(mention.start);
  const moved = source.properties.mentions
    .filter(chosen)
    .map((mention) => ({ ...mention, reassigned: { from: edit.place, edit: origin.uid } }));
  const kept = source.properties.mentions.filter((mention) => !chosen(mention));
  const existing = collection.features.find((feature) => feature.id === edit.to);
  const target = existing
    ? withMentions(existing, [...existing.properties.mentions, ...moved])
    : newFeature(lookup.referent(edit.to)!, moved);

  const features = collection.features.flatMap((feature) => {
    if (feature.id === edit.place) return kept.length ? [withMentions(feature, kept)] : [];
    return feature.id === edit.to ? [target] : [feature];
  });
  if (!existing) features.push(target);
  // Features stay in order of first mention; the sort is stable and no two features share a start.
  features.sort((a, b) => firstStart(a) - firstStart(b));

  let { claims, figures } = collection;
  if (!kept.length) {
    claims = claims.map((claim) => repointed(claim, edit.place, edit.to));
    figures = figures.map((figure) => repointed(figure, edit.place, edit.to));
  }
  const touched = (feature: AnnotatedFeature) => feature.id === edit.place || feature.id === edit.to;
  return {
    ...collection,
    features: features.map((feature) =>
      touched(feature) ? withRoles(feature, claims, collection.article.text) : feature
    ),
    figures,
    claims
  };
}
