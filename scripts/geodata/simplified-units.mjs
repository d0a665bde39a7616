// Turns records `{ id, geometry }` (several records may share an id) into one simplified,
// cleaned geometry per id, simplifying shared borders once through a topology.
import { bbox as turfBbox, kinks } from '@turf/turf';
import { feature as topologyFeature, merge as topologyMerge } from 'topojson-client';
import { approximatePolygonKm2 } from './geojson-output.mjs';
import { cleanPolygonal, polygonsOf } from './planar-geometry.mjs';
import { ringCrossingPoints } from './ring-check.mjs';
import { arcIndicesOf, arcTolerances, simplifyTopology, topologyOf } from './topology-simplify.mjs';

/** Bounding box [west, south, east, north] of a GeoJSON geometry. */
export function boundsOf(geometry) {
  return turfBbox({ type: 'Feature', properties: {}, geometry });
}

/** Largest side of the bounding box, in degrees. */
export function extentOf(geometry) {
  const [west, south, east, north] = boundsOf(geometry);
  return Math.max(east - west, north - south);
}

function keepLargeParts(geometry, minKm2) {
  const cleaned = cleanPolygonal(geometry);
  if (!cleaned) return null;
  const largest = Math.max(...polygonsOf(cleaned).map(approximatePolygonKm2));
  return cleanPolygonal(cleaned, (part) => {
    const size = approximatePolygonKm2(part);
    return size >= minKm2 || size === largest;
  });
}

/**
 * Where rings meet themselves (the import check), and with `betweenRings` also where they meet
 * each other (Turf's kinks: parts, holes; quadratic, so only for the screen's files).
 */
function crossingPoints(geometry, betweenRings) {
  if (!geometry) return [];
  const between = betweenRings ? kinks(geometry).features.map((point) => point.geometry.coordinates) : [];
  return [...between, ...ringCrossingPoints(geometry)];
}

/** Arcs (of `candidates`) whose simplified bounding box, padded by `margin`, holds a point. */
function arcsNear(topology, candidates, points, margin) {
  return candidates.filter((index) => {
    const arc = topology.arcs[index];
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [lon, lat] of arc) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
    return points.some(
      ([lon, lat]) => lon >= west - margin && lon <= east + margin && lat >= south - margin && lat <= north + margin
    );
  });
}

/**
 * Map id → simplified geometry (null when it vanished). Options: `toleranceFor(id)` in
 * degrees; `decimals` for rounding; `minPartKm2(id)` drops smaller islands except each unit's
 * largest part; `repairKinks`: where a simplified ring meets itself (Douglas–Peucker does not
 * prevent it), or with `'all'` also another ring, the arcs around the place are redone with half
 * the tolerance, up to 8 times.
 */
export function simplifiedUnits(records, { toleranceFor, decimals, minPartKm2, repairKinks }) {
  const collection = {
    type: 'FeatureCollection',
    features: records.map((r) => ({ type: 'Feature', properties: { id: r.id }, geometry: r.geometry }))
  };
  const raw = topologyOf(collection, 'units');
  const groups = new Map();
  for (const geometry of raw.objects.units.geometries) {
    const list = groups.get(geometry.properties.id) ?? [];
    list.push(geometry);
    groups.set(geometry.properties.id, list);
  }
  const unitTolerance = new Map([...groups.keys()].map((id) => [id, toleranceFor(id)]));
  const tolerances = arcTolerances(raw, 'units', (g) => unitTolerance.get(g.properties.id));
  let result = new Map();
  let toCheck = [...groups.keys()];
  for (let round = 0; ; round++) {
    const topology = simplifyTopology(raw, tolerances, decimals);
    result = new Map();
    for (const [id, geometries] of groups) {
      const joined =
        geometries.length === 1
          ? topologyFeature(topology, geometries[0]).geometry
          : topologyMerge(topology, geometries); // dissolves the borders between split parts
      result.set(id, joined ? keepLargeParts(joined, minPartKm2(id)) : null);
    }
    if (round === 8) break;
    const crossings = toCheck.map((id) => [id, crossingPoints(result.get(id), repairKinks === 'all')]).filter(([, points]) => points.length);
    if (crossings.length === 0) break;
    toCheck = crossings.map(([id]) => id);
    for (const [id, points] of crossings) {
      const candidates = groups.get(id).flatMap(arcIndicesOf);
      // A crossing of one ring lies on both edges that make it, so the arcs holding them suffice.
      const margin = repairKinks === 'all' ? 2 * unitTolerance.get(id) : 0;
      for (const index of arcsNear(topology, candidates, points, margin)) tolerances[index] /= 2;
    }
  }
  return result;
}
