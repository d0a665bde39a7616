import { placeRoles } from '$lib/annotated/annotated-feature-collection';
import { placePropertiesSchema, type AnnotatedFeature, type AnnotatedGeoJson } from '$lib/annotated/schema';
import type { Edit, PlaceChoice, StoredEdit } from '$lib/annotated/edit';
import type { ReviewLookup } from './review-lookup';
import { inSchemaOrder } from './schema-order';

type AddEdit = Extract<Edit, { kind: 'add' }>;
type Mention = AnnotatedFeature['properties']['mentions'][number];

/**
 * The feature id of a pin, `point:<lon>,<lat>:<name in lower case>`: pins on one spot under one
 * name are one place, and two names pinned on one spot stay two.
 */
export const pointFeatureId = ([lon, lat]: readonly [number, number], name: string) =>
  `point:${lon},${lat}:${name.toLowerCase()}`;

/** The feature id an `add` edit's choice stands for; a pin is named after `words` unless named. */
export const chosenFeatureId = (choice: PlaceChoice, words: string) =>
  'id' in choice ? choice.id : pointFeatureId(choice.point, choice.name ?? words);

/**
 * The unresolved named place (not a collective reference) with a mention exactly at
 * `start`–`end`: an `add` edit on that span places the mention rather than adding one.
 */
export function unresolvedAt(
  collection: Pick<AnnotatedGeoJson, 'features'>,
  start: number,
  end: number
): AnnotatedFeature | undefined {
  return collection.features.find(
    (feature) =>
      'unresolved' in feature.properties.ref &&
      feature.properties.kind !== 'collective' &&
      feature.properties.mentions.some((mention) => mention.start === start && mention.end === end)
  );
}

/** A feature for the chosen place when the collection has none; the analyst's choice is certain. */
function newFeature(
  edit: AddEdit,
  mention: Mention,
  placed: AnnotatedFeature | undefined,
  lookup: ReviewLookup
): AnnotatedFeature {
  const common = { roles: ['mentioned' as const], confidence: 1, alternatives: [], mentions: [mention] };
  const choice = edit.to;
  if ('id' in choice) {
    const info = lookup.referent(choice.id)!;
    return {
      type: 'Feature',
      id: info.id,
      geometry: info.geometry,
      properties: { ref: info.ref, name: info.name, kind: info.kind, ...common }
    };
  }
  return {
    type: 'Feature',
    id: chosenFeatureId(choice, mention.text),
    geometry: { type: 'Point', coordinates: [choice.point[0], choice.point[1]] },
    // A pinned unresolved name keeps the kind the analysis gave it; any other pin is a town.
    properties: {
      ref: { point: choice.point },
      name: choice.name ?? mention.text,
      kind: placed?.properties.kind ?? 'city',
      ...common
    }
  };
}

function withMentions(feature: AnnotatedFeature, mentions: Mention[]): AnnotatedFeature {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  return { ...feature, properties: { ...feature.properties, mentions: sorted } };
}

function repointed<T extends { places: string[] }>(item: T, from: string, to: string): T {
  if (!item.places.includes(from)) return item;
  return { ...item, places: [...new Set(item.places.map((id) => (id === from ? to : id)))] };
}

/**
 * The collection with the edit's span as a mention of the chosen place (created from the
 * gazetteer, or from the pin, when absent). The span of an unresolved name moves that mention
 * (recorded as `reassigned`); any other span is a new literal mention (recorded as `added`). An
 * unresolved place left without mentions disappears, and the claims and figures that named it
 * name the chosen place. Assumes editProblem found nothing.
 */
export function addMention(
  collection: AnnotatedGeoJson,
  edit: AddEdit,
  origin: Pick<StoredEdit, 'uid'>,
  lookup: ReviewLookup
): AnnotatedGeoJson {
  const placed = unresolvedAt(collection, edit.start, edit.end);
  const previous = placed?.properties.mentions.find((mention) => mention.start === edit.start);
  const mention: Mention = previous
    ? { ...previous, reassigned: { from: placed!.id, edit: origin.uid } }
    : {
        start: edit.start,
        end: edit.end,
        text: collection.article.text.slice(edit.start, edit.end),
        literal: true,
        role: 'mentioned',
        added: { edit: origin.uid }
      };
  const id = chosenFeatureId(edit.to, mention.text);
  const existing = collection.features.find((feature) => feature.id === id);
  const target = existing
    ? withMentions(existing, [...existing.properties.mentions, mention])
    : newFeature(edit, mention, placed, lookup);

  const left = placed?.properties.mentions.filter((other) => other !== previous) ?? [];
  const features = collection.features.flatMap((feature) => {
    if (feature.id === placed?.id) return left.length ? [withMentions(feature, left)] : [];
    return feature.id === id ? [target] : [feature];
  });
  if (!existing) features.push(target);
  // Features stay in order of first mention; no two features share a start.
  features.sort((a, b) => a.properties.mentions[0]!.start - b.properties.mentions[0]!.start);

  let { claims, figures } = collection;
  if (placed && !left.length) {
    claims = claims.map((claim) => repointed(claim, placed.id, id));
    figures = figures.map((figure) => repointed(figure, placed.id, id));
  }
  const touched = (feature: AnnotatedFeature) => feature.id === id || feature.id === placed?.id;
  return {
    ...collection,
    features: features.map((feature) => {
      if (!touched(feature)) return feature;
      const roles = placeRoles({ id: feature.id, ...feature.properties }, claims);
      return {
        ...feature,
        properties: inSchemaOrder(placePropertiesSchema.shape, { ...feature.properties, roles })
      };
    }),
    figures,
    claims
  };
}
