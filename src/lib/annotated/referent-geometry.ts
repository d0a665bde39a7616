import type { Referent } from '$lib/analysis/types';
import type { AnnotatedGeoJson, AnnotatedGeometry } from './schema';

export type Outline = Extract<AnnotatedGeometry, { type: 'Polygon' | 'MultiPolygon' }>;

/**
 * The outline of a country (ISO 3166-1 alpha-2) or first-level unit (ISO 3166-2) where the caller
 * has one: the server's boundary files for the export, the base map's TopoJSON on the page.
 */
export type OutlineOf = (code: string) => Outline | undefined;

/** The boundary codes a referent's outline is made of: a country's, a unit's, a set's members; null for any other referent. */
export function outlineCodes(ref: Referent): readonly string[] | null {
  if ('country' in ref) return [ref.country];
  if ('admin1' in ref) return [ref.admin1];
  if ('set' in ref) return ref.set;
  return null;
}

/**
 * The outline a referent is drawn with, made from `outlineOf`: a country's or unit's own
 * Polygon or MultiPolygon, a set's members joined into one MultiPolygon; null when the
 * referent is not made of boundary codes or none of its codes has an outline.
 *
 * @example referentGeometry({ admin1: 'UA-14' }, outlineOf) // Donetsk oblast's own Polygon
 */
export function referentGeometry(ref: Referent, outlineOf: OutlineOf): Outline | null {
  if ('country' in ref) return outlineOf(ref.country) ?? null;
  if ('admin1' in ref) return outlineOf(ref.admin1) ?? null;
  if (!('set' in ref)) return null;
  const polygons = ref.set.flatMap((code) => {
    const outline = outlineOf(code);
    if (!outline) return [];
    return outline.type === 'Polygon' ? [outline.coordinates] : outline.coordinates;
  });
  return polygons.length ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

/** Whether a referent is drawn by an outline `outlineOf` has (then its feature keeps no point). */
export const hasOutline = (ref: Referent, outlineOf: OutlineOf): boolean =>
  outlineCodes(ref)?.some((code) => outlineOf(code) !== undefined) ?? false;

/**
 * An analysis as it is exported and drawn: every feature whose referent has an outline
 * (referentGeometry) carries it; the others keep their point, water shape or null. Analyses
 * are made, stored and reviewed with points only, and get their outlines here, at the edges.
 */
export function withOutlines(collection: AnnotatedGeoJson, outlineOf: OutlineOf): AnnotatedGeoJson {
  const features = collection.features.map((feature) => {
    const outline = referentGeometry(feature.properties.ref, outlineOf);
    return outline ? { ...feature, geometry: outline } : feature;
  });
  return { ...collection, features };
}
