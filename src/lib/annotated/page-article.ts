import type { MultiPolygon, Polygon } from 'geojson';
import type { AnnotatedFeature, AnnotatedGeoJson, AnnotatedGeometry } from '$lib/annotated/schema';

/**
 * The annotated GeoJSON as the page receives it: outlines the base map already holds
 * (countries, Ukraine's and Russia's first-level units, sets of them) travel as codes, not
 * coordinates, because the browser has them in its TopoJSON; the export keeps full geometry.
 */
export interface PageArticle {
  collection: AnnotatedGeoJson;
  /** Feature id → the boundary codes its outline is made of. */
  outlines: Record<string, string[]>;
}

/** The boundary codes an outline feature is made of, or null for points and unresolved references. */
export function outlineCodes(feature: AnnotatedFeature): string[] | null {
  const ref = feature.properties.ref;
  if (feature.geometry === null || feature.geometry.type === 'Point') return null;
  if ('country' in ref) return [ref.country];
  if ('admin1' in ref) return [ref.admin1];
  if ('set' in ref) return ref.set;
  return null;
}

/** Strips the outlines whose every code `inBaseMap` has. */
export function withoutBaseOutlines(
  collection: AnnotatedGeoJson,
  inBaseMap: (code: string) => boolean
): PageArticle {
  const outlines: Record<string, string[]> = {};
  const features = collection.features.map((feature) => {
    const codes = outlineCodes(feature);
    if (!codes || !codes.every(inBaseMap)) return feature;
    outlines[feature.id] = codes;
    return { ...feature, geometry: null };
  });
  return { collection: { ...collection, features }, outlines };
}

/** Puts the outlines back from the base map's boundaries (`outlineOf` a code). */
export function withBaseOutlines(
  page: PageArticle,
  outlineOf: (code: string) => Polygon | MultiPolygon | undefined
): AnnotatedGeoJson {
  const features = page.collection.features.map((feature) => {
    const codes = page.outlines[feature.id];
    if (!codes) return feature;
    const polygons = codes.flatMap((code) => {
      const outline = outlineOf(code);
      if (!outline) return [];
      return outline.type === 'Polygon' ? [outline.coordinates] : outline.coordinates;
    });
    const geometry = polygons.length ? { type: 'MultiPolygon', coordinates: polygons } : null;
    // The base map's boundaries were validated on the server (src/lib/map/boundaries.ts).
    return { ...feature, geometry: geometry as AnnotatedGeometry | null };
  });
  return { ...page.collection, features };
}
