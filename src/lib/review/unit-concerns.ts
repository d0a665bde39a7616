import type { AnnotatedFeature, AnnotatedGeoJson } from '$lib/annotated/schema';
import type { ReviewLookup } from './review-lookup';

/** How much of an article concerns one first-level unit. */
export interface UnitConcern {
  /** ISO 3166-2 code */
  unit: string;
  /** Claims about a place that is, holds or lies in the unit */
  claims: number;
  /** Figures about such a place */
  figures: number;
}

/** The first-level units a feature is (`admin1`), holds (`set` members) or lies in (a town's unit). */
export function featureUnits(feature: AnnotatedFeature, lookup: ReviewLookup): string[] {
  const ref = feature.properties.ref;
  if ('admin1' in ref) return [ref.admin1];
  if ('set' in ref) return ref.set.filter((code) => code.includes('-'));
  const admin1 = lookup.referent(feature.id)?.admin1;
  return admin1 ? [admin1] : [];
}

/**
 * The first-level units an article concerns, sorted by code: those of the places it mentions
 * literally (not "Kyiv" for the government) and of the places its claims and figures name, with
 * how many claims and how many figures name a place in each.
 */
export function unitConcerns(collection: AnnotatedGeoJson, lookup: ReviewLookup): UnitConcern[] {
  const unitsOf = new Map(collection.features.map((feature) => [feature.id, featureUnits(feature, lookup)]));
  const rows = new Map<string, UnitConcern>();
  const row = (unit: string) => {
    const existing = rows.get(unit);
    if (existing) return existing;
    const created = { unit, claims: 0, figures: 0 };
    rows.set(unit, created);
    return created;
  };
  for (const feature of collection.features)
    if (feature.properties.mentions.some((mention) => mention.literal))
      for (const unit of unitsOf.get(feature.id)!) row(unit);
  const unitsNamed = (places: readonly string[]) => new Set(places.flatMap((id) => unitsOf.get(id) ?? []));
  for (const claim of collection.claims) for (const unit of unitsNamed(claim.places)) row(unit).claims++;
  for (const figure of collection.figures) for (const unit of unitsNamed(figure.places)) row(unit).figures++;
  return [...rows.values()].sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
}
