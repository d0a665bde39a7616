import { ringCrossing } from './ring-crossings';
import type { AnnotatedGeometry } from './schema';

type Position = [number, number];

/** Twice the signed area of a ring (shoelace); positive when the ring runs counter-clockwise. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

function ringProblems(ring: readonly Position[], exterior: boolean, where: string): string[] {
  const problems: string[] = [];
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1])
    problems.push(`${where}: ring is not closed`);
  const area = signedArea(ring);
  // RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise.
  if (exterior && area < 0) problems.push(`${where}: exterior ring is clockwise (right-hand rule)`);
  if (!exterior && area > 0) problems.push(`${where}: hole is counter-clockwise (right-hand rule)`);
  if (problems.length) return problems;
  // RFC 7946 §3.1.6 asks for linear rings; a ring that meets itself has no single inside.
  const crossing = ringCrossing(ring);
  if (crossing?.kind === 'crossing')
    problems.push(
      `${where}: ring intersects itself near [${crossing.near.map((n) => +n.toFixed(6)).join(', ')}]`
    );
  else if (crossing?.kind === 'too-complex')
    problems.push(
      `${where}: ring is too complex to check for self-intersection (too many overlapping edges)`
    );
  return problems;
}

function polygonProblems(rings: readonly (readonly Position[])[], where: string): string[] {
  return rings.flatMap((ring, i) => ringProblems(ring, i === 0, `${where} ring ${i}`));
}

/**
 * What in a geometry breaks RFC 7946 beyond its shape: unclosed rings, the right-hand rule and
 * rings that meet themselves (`ringCrossing`: a crossing, touching or overlapping edge).
 */
export function rfc7946Problems(geometry: AnnotatedGeometry | null, where = 'geometry'): string[] {
  if (!geometry || geometry.type === 'Point') return [];
  if (geometry.type === 'Polygon') return polygonProblems(geometry.coordinates, where);
  return geometry.coordinates.flatMap((polygon, i) => polygonProblems(polygon, `${where} polygon ${i}`));
}
