// Shapes of named seas and gulfs: the world's sea water (@geo-maps/earth-seas-10m, from
// OpenStreetMap coastlines) clipped to each hand-written extent in geodata/sources/water-extents.json.
import { booleanPointInPolygon, bboxClip, rewind, simplify } from '@turf/turf';
import { join } from 'node:path';
import { readHandWritten, readJson, repoRoot } from './sources.mjs';
import { approximatePolygonKm2, writeFeatureCollection } from './geojson-output.mjs';

/** Input file of the world's seas (one GeometryCollection holding one MultiPolygon). */
export const earthSeasPath = join(repoRoot, 'node_modules', '@geo-maps', 'earth-seas-10m', 'map.geo.json');

// Why simplify at 0.05° (about 5 km) and drop pieces and islands under 500 km²: every export that names the
// sea carries its shape, and a map or a 20 km match needs the coast to a few kilometres, not 10 m.
const tolerance = 0.05;
const smallestPieceKm2 = 500;
const round = (value) => Math.round(value * 1000) / 1000;

function withoutRepeats(ring) {
  return ring.filter((position, i) => i === 0 || position[0] !== ring[i - 1][0] || position[1] !== ring[i - 1][1]);
}

/** Polygons with coordinates rounded to 0.001° (about 100 m), without repeated or too-short rings. */
function roundedPolygons(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .map((rings) => rings.map((ring) => withoutRepeats(ring.map(([lon, lat]) => [round(lon), round(lat)]))).filter((ring) => ring.length >= 4))
    .filter((rings) => rings.length > 0 && rings[0].length >= 4);
}

/**
 * A polygon simplified, or none when simplifying leaves no ring (a sliver the clip left at the
 * extent's edge, or an inlet narrower than the tolerance: no water anyone names).
 */
function simplifiedPolygon(rings) {
  try {
    const polygon = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } };
    return roundedPolygons(simplify(polygon, { tolerance, highQuality: false }).geometry);
  } catch {
    return [];
  }
}

/**
 * One Feature per extent (`id` = the curated slug), its geometry the sea water inside the extent,
 * simplified, RFC 7946 winding; refuses an extent whose shape does not hold the curated point.
 */
export function waterShapeFeatures(seaGeometry, extents, curatedPlaces) {
  const pointOf = new Map(curatedPlaces.map((place) => [place.slug, [place.lon, place.lat]]));
  const sea = { type: 'Feature', properties: {}, geometry: seaGeometry };
  return Object.entries(extents)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([slug, extent]) => {
      const clipped = roundedPolygons(bboxClip(sea, extent).geometry);
      const polygons = clipped
        .flatMap(simplifiedPolygon)
        .filter((rings) => approximatePolygonKm2(rings) >= smallestPieceKm2)
        .map(([outer, ...holes]) => [outer, ...holes.filter((hole) => approximatePolygonKm2([hole]) >= smallestPieceKm2)]);
      const geometry = rewind({ type: 'MultiPolygon', coordinates: polygons }, { reverse: false });
      const point = pointOf.get(slug);
      if (!point) throw new Error(`water-extents.json: ${slug} is not a curated place`);
      if (!booleanPointInPolygon(point, geometry)) throw new Error(`water shape of ${slug} does not hold its curated point`);
      return { type: 'Feature', id: slug, properties: { id: slug }, geometry };
    });
}

/** Writes geodata/water.geojson; returns its byte size and feature count. */
export function writeWaterShapes(outPath) {
  const world = readJson(earthSeasPath);
  const seaGeometry = world.type === 'GeometryCollection' ? world.geometries[0] : world;
  const features = waterShapeFeatures(seaGeometry, readHandWritten('water-extents.json').extents, readHandWritten('curated-places.json').places);
  return { bytes: writeFeatureCollection(outPath, features), count: features.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(writeWaterShapes(join(repoRoot, 'geodata', 'water.geojson')));
}
