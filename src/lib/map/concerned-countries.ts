import type { AnnotatedFeature, AnnotatedGeoJson } from '$lib/annotated/schema';
import type { PlaceRole } from '$lib/analysis/place-roles';

/**
 * Roles that put a place on the story's ground, in tiers: what happens there first, then where
 * people meet; who speaks about it never does. The first tier any place plays decides.
 */
const groundTiers: readonly (readonly PlaceRole[])[] = [['event', 'struck', 'contested'], ['meeting']];

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
 * (geodata/admin1/<CC>.geojson, loaded for these countries only): those of the places where
 * something happens (events, strikes, contested ground); failing those, of the meeting places
 * (talks between capitals); failing those (every place a plain mention), of every located
 * place that is not only an actor. A venue abroad ("talks in Istanbul" in a story of a war
 * elsewhere) therefore draws no provinces. First-level units are
 * loaded for the same countries, so a capital that only speaks ("Moscow said") or a country
 * merely named costs no download. Sorted, so the same article always asks for the same files.
 */
export function concernedCountries(
  collection: Pick<AnnotatedGeoJson, 'features'>,
  countryOf: (featureId: string) => string | undefined
): string[] {
  const located = collection.features.filter((feature) => feature.geometry !== null);
  const inTier = (tier: readonly PlaceRole[]) =>
    located.filter((feature) => feature.properties.roles.some((role) => tier.includes(role)));
  const ground = groundTiers.map(inTier).find((features) => features.length > 0);
  const chosen =
    ground ?? located.filter((feature) => feature.properties.roles.some((role) => role !== 'actor'));
  return [...new Set(chosen.flatMap((feature) => featureCountries(feature, countryOf)))].sort();
}
