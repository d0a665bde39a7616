// world-atlas polygons that cross the antimeridian (Chukotka, Fiji…) jump from +180 to −180
// inside a ring: fine for d3-geo's spherical maths, a line across the world for MapLibre.
import { bboxClip } from '@turf/turf';

function unwrapRing(ring) {
  const out = [ring[0].slice()];
  for (let i = 1; i < ring.length; i++) {
    let lon = ring[i][0];
    const previous = out[i - 1][0];
    while (lon - previous > 180) lon -= 360;
    while (previous - lon > 180) lon += 360;
    out.push([lon, ring[i][1]]);
  }
  return out;
}

function crossesAntimeridian(polygon) {
  return polygon.some((ring) => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180));
}

function shifted(polygon, offset) {
  return polygon.map((ring) => ring.map(([lon, lat]) => [lon + offset, lat]));
}

/**
 * Splits one polygon (rings) crossing the antimeridian into polygons within [−180, 180]
 * (RFC 7946 §3.1.9). Polygons that do not cross come back unchanged, as a one-item list.
 * Not for Antarctica, whose ring closes along the pole rather than crossing.
 */
export function splitAtAntimeridian(polygon) {
  if (!crossesAntimeridian(polygon)) return [polygon];
  let unwrapped = polygon.map(unwrapRing);
  // Bring the exterior mostly into [-180, 180] so that only one side spills over.
  if (unwrapped[0].some(([lon]) => lon < -180)) unwrapped = shifted(unwrapped, 360);
  const feature = (rings) => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } });
  const pieces = [
    bboxClip(feature(unwrapped), [-180, -90, 180, 90]).geometry.coordinates,
    shifted(bboxClip(feature(unwrapped), [180, -90, 540, 90]).geometry.coordinates, -360)
  ];
  return pieces.map((rings) => rings.filter((ring) => ring.length >= 4)).filter((rings) => rings.length > 0);
}

/**
 * Antarctica's rings jump from −180 to +180 (d3-geo closes them round the pole); on a flat map
 * that jump is an edge across the whole world, which crosses the ring. This closes each jump
 * along the antimeridian and the pole instead.
 */
export function closedAlongPole(polygon) {
  return polygon.map((ring) => {
    const out = [];
    ring.forEach((position, i) => {
      const previous = ring[i - 1];
      if (previous && Math.abs(position[0] - previous[0]) > 180) {
        const [fromSide, toSide] = [Math.sign(previous[0]) * 180, Math.sign(position[0]) * 180];
        out.push([fromSide, previous[1]], [fromSide, -90], [toSide, -90], [toSide, position[1]]);
      }
      out.push(position);
    });
    return out;
  });
}
