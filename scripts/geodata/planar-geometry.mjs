// Small planar geometry on [lon, lat] positions: rounding, ring orientation,
// ring clean-up and an interior point. Planar on degrees is fine at the scales we simplify for.

/** Rounds a number to `decimals` places, returning -0 as 0 so output bytes are stable. */
export function roundTo(value, decimals) {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** Twice the signed planar area of a closed ring; positive when counter-clockwise. */
export function signedRingArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return sum;
}

/** Drops consecutive duplicate positions; null when fewer than 4 positions or no area remain. */
export function cleanRing(ring) {
  const out = [];
  for (const position of ring) {
    const previous = out[out.length - 1];
    if (!previous || previous[0] !== position[0] || previous[1] !== position[1]) out.push(position);
  }
  if (out.length < 4 || signedRingArea(out) === 0) return null;
  return out;
}

function oriented(ring, counterClockwise) {
  return signedRingArea(ring) > 0 === counterClockwise ? ring : ring.slice().reverse();
}

/**
 * Splits a ring that passes twice through one position (a pinch, which the import check refuses)
 * into the loops between the repeats; a ring without repeats comes back alone.
 */
export function pinchedLoops(ring) {
  const open = ring.slice(0, -1);
  const firstSeen = new Map();
  for (let i = 0; i < open.length; i++) {
    const key = `${open[i][0]},${open[i][1]}`;
    if (!firstSeen.has(key)) {
      firstSeen.set(key, i);
      continue;
    }
    const start = firstSeen.get(key);
    const loop = [...open.slice(start, i), open[start]];
    const rest = [...open.slice(0, start), ...open.slice(i), open[0]];
    return [...pinchedLoops(loop), ...pinchedLoops(rest)].filter((r) => r.length >= 4);
  }
  return [ring];
}

/**
 * One polygon's rings without pinches: the exterior's largest loop stays the exterior, its
 * loops turning the other way become holes and those turning the same way become polygons of
 * their own (each hole kept with the polygon that holds it). Why: simplification and rounding
 * can pull two stretches of one border onto the same position.
 */
function unpinched(polygon) {
  const loops = pinchedLoops(polygon[0]).sort((a, b) => Math.abs(signedRingArea(b)) - Math.abs(signedRingArea(a)));
  const sign = Math.sign(signedRingArea(loops[0]));
  const exteriors = loops.filter((loop) => Math.sign(signedRingArea(loop)) === sign);
  const holes = [...loops.filter((loop) => Math.sign(signedRingArea(loop)) !== sign), ...polygon.slice(1).flatMap(pinchedLoops)];
  const parts = exteriors.map((exterior) => [exterior]);
  for (const hole of holes) {
    const owner = parts.find((part) => polygonContains([part[0]], hole.find((p) => !part[0].includes(p)) ?? hole[0]));
    (owner ?? parts[0]).push(hole);
  }
  return parts;
}

/**
 * Cleans a Polygon/MultiPolygon: degenerate rings dropped, pinched rings split (`unpinched`),
 * RFC 7946 winding (exterior counter-clockwise, holes clockwise), parts for which
 * `keepPart(polygon)` is false dropped. Returns null when nothing is left.
 */
export function cleanPolygonal(geometry, keepPart = () => true) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const cleaned = [];
  for (const polygon of polygons) {
    const exterior = cleanRing(polygon[0]);
    if (!exterior) continue;
    const holes = polygon.slice(1).map(cleanRing).filter(Boolean);
    for (const [outer, ...inner] of unpinched([exterior, ...holes])) {
      const part = [oriented(outer, true), ...inner.map((hole) => oriented(hole, false))];
      if (keepPart(part)) cleaned.push(part);
    }
  }
  if (cleaned.length === 0) return null;
  return cleaned.length === 1
    ? { type: 'Polygon', coordinates: cleaned[0] }
    : { type: 'MultiPolygon', coordinates: cleaned };
}

/** Polygons of a Polygon/MultiPolygon as an array of ring arrays. */
export function polygonsOf(geometry) {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function ringContains(ring, [x, y]) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when the position is inside the polygon (even-odd over all rings). */
export function polygonContains(polygon, position) {
  return polygon.reduce((inside, ring) => inside !== ringContains(ring, position), false);
}

/** True when the position is inside any part of a Polygon/MultiPolygon. */
export function geometryContains(geometry, position) {
  return polygonsOf(geometry).some((polygon) => polygonContains(polygon, position));
}

/**
 * A point well inside the largest part (JTS InteriorPoint style): the middle of the widest
 * interior span on the horizontal line through the part's bbox middle. Why not the centroid:
 * it falls outside concave shapes (crescents, coastlines), and labels must sit inside.
 */
export function interiorPoint(geometry) {
  const largest = polygonsOf(geometry).reduce((best, polygon) =>
    Math.abs(signedRingArea(polygon[0])) > Math.abs(signedRingArea(best[0])) ? polygon : best
  );
  const lats = largest[0].map((p) => p[1]);
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  let best = null;
  // Several scan lines, because the middle one can graze a narrow neck.
  for (const fraction of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
    const y = south + (north - south) * fraction;
    const crossings = [];
    for (const ring of largest) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y) crossings.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
      }
    }
    crossings.sort((a, b) => a - b);
    for (let k = 0; k + 1 < crossings.length; k += 2) {
      const width = crossings[k + 1] - crossings[k];
      if (!best || width > best.width) best = { width, point: [(crossings[k] + crossings[k + 1]) / 2, y] };
    }
  }
  return best ? best.point : largest[0][0];
}
