import type { MultiPolygon, Polygon } from 'geojson';
import { withOutlines, type Outline } from '$lib/annotated/referent-geometry';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';

/**
 * The article as the page receives it: its analysis with refs and points only, and the outlines
 * of the few codes it names that the page's base map does not hold (first-level units of a
 * country whose units are not loaded). Every other outline the browser already has in its
 * TopoJSON, so it is never sent.
 */
export interface PageArticle {
  analysis: AnnotatedGeoJson;
  /** Boundary code → its outline, for codes missing from the page's base map. */
  outlines: Record<string, Outline>;
}

/**
 * The article as the page draws it: withOutlines (the export's own rule) over the base map's
 * outlines, then those the server sent.
 */
export function pageCollection(
  page: PageArticle,
  baseOutline: (code: string) => Polygon | MultiPolygon | undefined
): AnnotatedGeoJson {
  // The base map's boundaries were validated on the server (src/lib/map/boundaries.ts); only the
  // GeoJSON typings (number[] positions) differ from ours ([lon, lat] tuples).
  return withOutlines(
    page.analysis,
    (code) => (baseOutline(code) as Outline | undefined) ?? page.outlines[code]
  );
}
