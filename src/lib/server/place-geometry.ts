import type { ResolvedPlace } from '$lib/analysis/types';
import { hasOutline, referentGeometry, type Outline } from '$lib/annotated/referent-geometry';
import type { AnnotatedGeometry } from '$lib/annotated/schema';
import type { Gazetteer } from '$lib/geodata/types';
import { regionShape } from '$lib/geodata/region-shapes';
import { waterShape } from '$lib/geodata/water-shapes';
import { boundaryOutline } from './boundary-outline';

function pointOf(place: ResolvedPlace, gazetteer: Gazetteer): AnnotatedGeometry | null {
  if (place.point) return { type: 'Point', coordinates: place.point };
  const entry = gazetteer.byId(place.id);
  return entry ? { type: 'Point', coordinates: [entry.lon, entry.lat] } : null;
}

/**
 * The geometry an analysis keeps for a place: null for a country, first-level unit or set
 * drawn by its outline (added at the edges by referentGeometry); the water's shape for the seas
 * and gulfs geodata/water.geojson holds; the union of its members for the named regions
 * geodata/regions.geojson holds; a point for towns, facilities, other water and regions and a
 * country or unit without an outline; null for unresolved references.
 */
export function placePoint(place: ResolvedPlace, gazetteer: Gazetteer): AnnotatedGeometry | null {
  const ref = place.ref;
  if (hasOutline(ref, boundaryOutline) || 'set' in ref || 'unresolved' in ref) return null;
  if ('curated' in ref) {
    const shape = waterShape(ref.curated) ?? regionShape(ref.curated);
    return (shape as Outline | undefined) ?? pointOf(place, gazetteer);
  }
  return pointOf(place, gazetteer);
}

/** The geometry a place is exported with: its outline (referentGeometry), else placePoint's. */
export function placeGeometry(place: ResolvedPlace, gazetteer: Gazetteer): AnnotatedGeometry | null {
  return referentGeometry(place.ref, boundaryOutline) ?? placePoint(place, gazetteer);
}
