import { readFileSync } from 'node:fs';
import type { ResolvedPlace } from '$lib/analysis/types';
import type { AnnotatedGeometry } from '$lib/annotated/schema';
import type { Gazetteer } from '$lib/geodata/types';
import { geodataFile } from '$lib/geodata/geodata-file';

type Polygonal = Extract<AnnotatedGeometry, { type: 'Polygon' | 'MultiPolygon' }>;
type BoundaryFile = { features: { id?: string | number; properties: { id: string }; geometry: Polygonal }[] };

const loaded = new Map<string, Map<string, Polygonal>>();

/** Polygons of one boundary file by id, read once per process and only when first needed. */
function boundaries(
  file: 'countries.geojson' | 'admin1.geojson' | 'admin1-world.geojson'
): Map<string, Polygonal> {
  let byId = loaded.get(file);
  if (!byId) {
    const collection = JSON.parse(readFileSync(geodataFile(file), 'utf8')) as BoundaryFile;
    byId = new Map(collection.features.map((feature) => [String(feature.properties.id), feature.geometry]));
    loaded.set(file, byId);
  }
  return byId;
}

/** A country (alpha-2) or first-level unit (ISO 3166-2) outline; screen quality for UA and RU. */
export function boundaryGeometry(code: string): Polygonal | null {
  if (/^[A-Z]{2}$/.test(code)) return boundaries('countries.geojson').get(code) ?? null;
  return boundaries('admin1.geojson').get(code) ?? boundaries('admin1-world.geojson').get(code) ?? null;
}

/** Joins outlines into one MultiPolygon (members of a collective reference). */
function multiPolygonOf(outlines: readonly Polygonal[]): Polygonal | null {
  const polygons = outlines.flatMap((outline) =>
    outline.type === 'Polygon' ? [outline.coordinates] : outline.coordinates
  );
  return polygons.length ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

/**
 * The geometry a place is drawn with: outlines for countries, first-level units and resolved
 * sets; a point for towns, facilities, seas and regions; null for unresolved references.
 */
export function placeGeometry(place: ResolvedPlace, gazetteer: Gazetteer): AnnotatedGeometry | null {
  const ref = place.ref;
  if ('country' in ref) return boundaryGeometry(ref.country) ?? pointOf(place, gazetteer);
  if ('admin1' in ref) return boundaryGeometry(ref.admin1) ?? pointOf(place, gazetteer);
  if ('set' in ref) return multiPolygonOf(ref.set.flatMap((code) => boundaryGeometry(code) ?? []));
  if ('unresolved' in ref) return null;
  return pointOf(place, gazetteer);
}

function pointOf(place: ResolvedPlace, gazetteer: Gazetteer): AnnotatedGeometry | null {
  if (place.point) return { type: 'Point', coordinates: place.point };
  const entry = gazetteer.byId(place.id);
  return entry ? { type: 'Point', coordinates: [entry.lon, entry.lat] } : null;
}
