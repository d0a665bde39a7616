import { rolesMostSpecificFirst } from '$lib/analysis/place-roles';
import type { ArticleAnalysis, Claim, PlaceRole, ResolvedPlace } from '$lib/analysis/types';
import type { AnnotatedFeature, AnnotatedGeoJson, AnnotatedGeometry } from './schema';

export interface ArticleRecord {
  text: string;
  title: string;
  sha256: string;
}

/** Finds the geometry of a place (Point, Polygon, MultiPolygon) or null when it has none. */
export type GeometryOf = (place: ResolvedPlace) => AnnotatedGeometry | null;
/** The country (ISO 3166-1 alpha-2) a gazetteer place lies in, when known. */
export type CountryOf = (place: ResolvedPlace) => string | undefined;

/**
 * Roles a place plays across the article: its mentions' roles, plus `contested` when a demand
 * claim concerns it (what one side demands of territory is what is contested).
 */
export function placeRoles(place: ResolvedPlace, claims: readonly Claim[]): PlaceRole[] {
  const roles = new Set<PlaceRole>(place.mentions.map((mention) => mention.role));
  const demanded = claims.some((claim) => claim.type === 'demand' && claim.places.includes(place.id));
  if (demanded && place.mentions.some((mention) => mention.literal)) roles.add('contested');
  return rolesMostSpecificFirst.filter((role) => roles.has(role));
}

function annotatedFeature(
  place: ResolvedPlace,
  claims: readonly Claim[],
  geometryOf: GeometryOf,
  countryOf: CountryOf
): AnnotatedFeature {
  const country = countryOf(place);
  const mentions = [...place.mentions]
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, text, literal, demonym, role }) => ({
      start,
      end,
      text,
      literal,
      ...(demonym ? { demonym } : {}),
      role
    }));
  return {
    type: 'Feature',
    id: place.id,
    geometry: geometryOf(place),
    properties: {
      ref: place.ref,
      name: place.name,
      kind: place.kind,
      ...(country ? { country } : {}),
      roles: placeRoles(place, claims),
      ...(place.event ? { event: place.event } : {}),
      confidence: Math.round(place.confidence * 1000) / 1000,
      alternatives: place.alternatives,
      mentions,
      ...(place.count !== undefined ? { count: place.count } : {}),
      ...(place.needsReview ? { needsReview: place.needsReview } : {})
    }
  };
}

/**
 * The annotated GeoJSON of one analysed article: one Feature per referent in order of first
 * mention, geometry from `geometryOf`, the country of each town, facility or water from
 * `countryOf` (what the page's focus is decided by, without the gazetteer), and the quotes,
 * figures and claims as foreign members.
 */
export function annotatedFeatureCollection(
  analysis: ArticleAnalysis,
  article: ArticleRecord,
  geometryOf: GeometryOf,
  engineVersion: string,
  countryOf: CountryOf = () => undefined
): AnnotatedGeoJson {
  const firstMention = (place: ResolvedPlace) => Math.min(...place.mentions.map((mention) => mention.start));
  const places = analysis.places
    .filter((place) => place.mentions.length > 0)
    .sort((a, b) => firstMention(a) - firstMention(b));
  const byStart = <T extends { start: number }>(items: readonly T[]) =>
    [...items].sort((a, b) => a.start - b.start);
  return {
    type: 'FeatureCollection',
    article: {
      title: article.title,
      text: article.text,
      sha256: article.sha256,
      length: article.text.length,
      dateline: analysis.dateline,
      engine: { name: 'wiremap', version: engineVersion }
    },
    features: places.map((place) => annotatedFeature(place, analysis.claims, geometryOf, countryOf)),
    // Copied field by field so that engine-internal fields never leak into the export format.
    quotes: byStart(analysis.quotes).map(({ start, end, text, speaker }) => ({ start, end, text, speaker })),
    figures: byStart(analysis.figures).map(({ start, end, text, value, approx, unit, counts, places }) => ({
      start,
      end,
      text,
      value,
      approx,
      ...(unit ? { unit } : {}),
      counts,
      places
    })),
    claims: byStart(analysis.claims).map(({ start, end, text, by, type, places }) => ({
      start,
      end,
      text,
      by,
      type,
      places
    }))
  };
}
