import type { AnnotatedFeature, AnnotatedGeoJson } from '$lib/annotated/schema';
import type { PlaceRole } from '$lib/analysis/place-roles';

/** Roles that put a place on the story's ground: what happens there, not who speaks about it. */
const groundRoles: ReadonlySet<PlaceRole> = new Set(['event', 'struck', 'contested', 'meeting']);

/** The countries a feature lies in or is made of; `countryOf` answers for gazetteer places. */
export function featureCountries(
  feature: AnnotatedFeature,
  countryOf: (featureId: string) => string | undefined
): string[] {
  const ref = feature.properties.ref;
  if ('country' in ref) return [ref.country];
  if ('admin1' in ref) return [ref.admin1.slice(0, 2)];
  if ('set' in ref) return [...new Set(ref.set.map((code) => code.slice(0, 2)))];
  if ('unresolved' in ref) return [];
  const country = countryOf(feature.id);
  return country ? [country] : [];
}

/**
 * The countries the story concerns, drawn in focus with their first-level outlines and names
 * (geodata/admin1/<CC>.geojson, loaded for these countries only): those of the places where something happens (events,
 * strikes, contested ground, meetings); when no place plays such a role (every place a plain
 * mention), those of every located place that is not only an actor. First-level units are
 * loaded for the same countries, so a capital that only speaks ("Moscow said") or a country
 * merely named costs no download. Sorted, so the same article always asks for the same files.
 */
export function concernedCountries(
  collection: Pick<AnnotatedGeoJson, 'features'>,
  countryOf: (featureId: string) => string | undefined
): string[] {
  const located = collection.features.filter((feature) => feature.geometry !== null);
  const ground = located.filter((feature) => feature.properties.roles.some((role) => groundRoles.has(role)));
  const chosen = ground.length
    ? ground
    : located.filter((feature) => feature.properties.roles.some((role) => role !== 'actor'));
  return [...new Set(chosen.flatMap((feature) => featureCountries(feature, countryOf)))].sort();
}
