import type { ResolvedPlace } from '$lib/analysis/types';
import type { AnnotatedGeometry } from '$lib/annotated/schema';
import type { Gazetteer } from '$lib/geodata/types';
import { admin1Geometry, countryGeometry } from '$lib/geodata/boundaries';
import { waterShape } from '$lib/geodata/water-shapes';

type Polygonal = Extract<AnnotatedGeometry, { type: 'Polygon' | 'MultiPolygon' }>;

/** A country (alpha-2) or first-level unit (ISO 3166-2) outline; screen quality for UA and RU. */
function boundaryGeometry(code: string): Polygonal | null {
  const geometry = /^[A-Z]{2}$/.test(code) ? countryGeometry(code) : admin1Geometry(code);
  return (geometry as Polygonal | undefined) ?? null;
}

/** Joins outlines into one MultiPolygon (the members of a collective reference). */
function multiPolygonOf(outlines: readonly Polygonal[]): Polygonal | null {
  const polygons = outlines.flatMap((outline) =>
    outline.type === 'Polygon' ? [outline.coordinates] : outline.coordinates
  );
  return polygons.length ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

function pointOf(place: ResolvedPlace, gazetteer: Gazetteer): AnnotatedGeometry | null {
  if (place.point) return { type: 'Point', coordinates: place.point };
  const entry = gazetteer.byId(place.id);
  return entry ? { type: 'Point', coordinates: [entry.lon, entry.lat] } : null;
}

/**
 * The geometry a place is drawn with: outlines for countries, first-level units and resolved
 * sets; the water's shape for the seas and gulfs geodata/water.geojson holds; a point for towns,
 * facilities, other water and regions; null for unresolved references.
 */
export function placeGeometry(place: ResolvedPlace, gazetteer: Gazetteer): AnnotatedGeometry | null {
  const ref = place.ref;
  if ('country' in ref) return boundaryGeometry(ref.country) ?? pointOf(place, gazetteer);
  if ('admin1' in ref) return boundaryGeometry(ref.admin1) ?? pointOf(place, gazetteer);
  if ('set' in ref) return multiPolygonOf(ref.set.flatMap((code) => boundaryGeometry(code) ?? []));
  if ('unresolved' in ref) return null;
  if ('curated' in ref)
    return (waterShape(ref.curated) as Polygonal | undefined) ?? pointOf(place, gazetteer);
  return pointOf(place, gazetteer);
}
