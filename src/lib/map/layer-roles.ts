import { rolesMostSpecificFirst, type PlaceRole } from '$lib/analysis/place-roles';
import type { AnnotatedFeature, AnnotatedGeoJson } from '$lib/annotated/schema';

/**
 * The dashboard's layers, in legend order: one per place role, and `affected` for the event
 * locations of a disaster (where an earthquake or a flood is felt is drawn apart from where a
 * battle is fought; the analysis records them as role `event` with event kind `disaster`).
 */
export const layerRoles = [
  'event',
  'affected',
  'contested',
  'struck',
  'actor',
  'meeting',
  'mentioned'
] as const;
export type LayerRole = (typeof layerRoles)[number];

/** Layers shown when the URL says nothing: everything but "other mentions" (countries would swamp the map). */
export const defaultVisibleRoles: readonly LayerRole[] = [
  'event',
  'affected',
  'contested',
  'struck',
  'actor',
  'meeting'
];

/** Whether a feature stands for a government acting: a non-literal mention in the actor role. */
function actsAsActor(feature: AnnotatedFeature): boolean {
  return feature.properties.mentions.some((mention) => mention.role === 'actor' && !mention.literal);
}

/**
 * The roles a feature plays for the dashboard: the analysis's roles, less `actor` for a feature
 * that never acts (a city that only hosts an actor's mention is not itself speaking).
 */
export function dashboardRoles(feature: AnnotatedFeature): Set<PlaceRole> {
  const roles = new Set<PlaceRole>(feature.properties.roles);
  if (roles.has('actor') && !actsAsActor(feature)) roles.delete('actor');
  return roles;
}

/**
 * The one layer that draws a feature. Actors are drawn as markers, so an actor with an outline
 * (a country speaking: "Russia rejected …") is drawn with the other mentions instead; the
 * sidebar still lists it under its speaker.
 */
export function layerRoleOf(feature: AnnotatedFeature): LayerRole {
  const roles = dashboardRoles(feature);
  const isOutline = feature.geometry !== null && feature.geometry.type !== 'Point';
  // Which layer wins when a feature plays several roles: the most specific drawable one.
  const role =
    rolesMostSpecificFirst.find((role) => roles.has(role) && !(role === 'actor' && isOutline)) ?? 'mentioned';
  return role === 'event' && feature.properties.event === 'disaster' ? 'affected' : role;
}

/** Layer of every feature by id. */
export function layerRolesById(collection: AnnotatedGeoJson): Map<string, LayerRole> {
  return new Map(collection.features.map((feature) => [feature.id, layerRoleOf(feature)]));
}

/**
 * The roles an article shows when the URL names none: `defaultVisibleRoles`, and the other
 * mentions too when every located place is one (an earthquake story whose towns are all
 * plain mentions must not open on an empty map).
 */
export function defaultRolesOf(
  collection: AnnotatedGeoJson,
  roleById: ReadonlyMap<string, LayerRole> = layerRolesById(collection)
): LayerRole[] {
  const located = collection.features.filter((feature) => feature.geometry !== null);
  const onlyMentions = located.every((feature) => roleById.get(feature.id) === 'mentioned');
  return onlyMentions && located.length ? [...layerRoles] : [...defaultVisibleRoles];
}
