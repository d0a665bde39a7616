import type { AnnotatedGeometry } from '$lib/annotated/schema';
import type { ReviewLookup } from './review-lookup';

export type Outline = Extract<AnnotatedGeometry, { type: 'Polygon' | 'MultiPolygon' }>;

/** The outline of a country (ISO 3166-1 alpha-2) or first-level unit (ISO 3166-2), if we have one. */
export function boundaryOutline(code: string, lookup: ReviewLookup): Outline | undefined {
  if (/^[A-Z]{2}$/.test(code)) {
    const geometry = lookup.referent(`country:${code}`)?.geometry;
    return geometry && geometry.type !== 'Point' ? geometry : undefined;
  }
  // The boundary files are checked against RFC 7946 by tests/unit/geodata; only the GeoJSON
  // typings (number[] positions) differ from ours ([lon, lat] tuples).
  return lookup.unit(code)?.geometry as Outline | undefined;
}

/**
 * The outlines of a set of codes joined into one MultiPolygon (null when none has one), the way
 * placeGeometry draws a collective reference resolved to a set.
 */
export function joinedOutline(codes: readonly string[], lookup: ReviewLookup): Outline | null {
  const polygons = codes.flatMap((code) => {
    const outline = boundaryOutline(code, lookup);
    if (!outline) return [];
    return outline.type === 'Polygon' ? [outline.coordinates] : outline.coordinates;
  });
  return polygons.length ? { type: 'MultiPolygon', coordinates: polygons } : null;
}
