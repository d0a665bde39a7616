// Simplifies polygons through a shared-arc topology, so neighbouring units keep one common
// border after simplification (simplifying each polygon on its own leaves slivers and gaps).
import { topology as buildTopology } from 'topojson-server';
import { lineString, simplify } from '@turf/turf';
import { roundTo } from './planar-geometry.mjs';

/** Unquantized topology of a GeoJSON FeatureCollection under the object name `name`. */
export function topologyOf(featureCollection, name) {
  // Why topojson-server (a dependency of @turf/concave): it finds the shared arcs for us.
  return buildTopology({ [name]: featureCollection });
}

/** Indices of the arcs a topology geometry is made of (direction ignored). */
export function arcIndicesOf(geometry) {
  const indices = [];
  const visit = (value) => {
    if (typeof value === 'number') indices.push(value < 0 ? ~value : value);
    else for (const item of value) visit(item);
  };
  if (geometry.arcs) visit(geometry.arcs);
  return indices;
}

/**
 * Per-arc tolerances: each arc gets the smallest tolerance asked for by any geometry it
 * belongs to, `toleranceFor(geometry)` (so a small unit keeps its shared border detailed).
 */
export function arcTolerances(topology, objectName, toleranceFor) {
  const tolerances = new Float64Array(topology.arcs.length).fill(0);
  const seen = new Uint8Array(topology.arcs.length);
  for (const geometry of topology.objects[objectName].geometries) {
    const tolerance = toleranceFor(geometry);
    for (const index of arcIndicesOf(geometry)) {
      tolerances[index] = seen[index] ? Math.min(tolerances[index], tolerance) : tolerance;
      seen[index] = 1;
    }
  }
  return tolerances;
}

/** A new topology whose arcs are Douglas–Peucker simplified (per-arc tolerance) and rounded. */
export function simplifyTopology(topology, tolerances, decimals) {
  const arcs = topology.arcs.map((arc, index) => {
    const rounded = [];
    // Turf's simplify is Douglas–Peucker (simplify-js); highQuality skips its radial pre-pass.
    const simplified = simplify(lineString(arc), { tolerance: tolerances[index], highQuality: true, mutate: true });
    for (const [lon, lat] of simplified.geometry.coordinates) {
      const position = [roundTo(lon, decimals), roundTo(lat, decimals)];
      const previous = rounded[rounded.length - 1];
      if (!previous || previous[0] !== position[0] || previous[1] !== position[1]) rounded.push(position);
    }
    // Keep at least the two endpoints so that the ring stitching in topojson-client works.
    if (rounded.length === 1) rounded.push(rounded[0].slice());
    return rounded;
  });
  return { type: 'Topology', objects: topology.objects, arcs };
}

/** Bounding-box size in degrees (max of width, height) of a topology geometry. */
export function geometryExtent(topology, geometry) {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const index of arcIndicesOf(geometry)) {
    for (const [lon, lat] of topology.arcs[index]) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  return Math.max(east - west, north - south);
}
