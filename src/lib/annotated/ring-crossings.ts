// Whether a linear ring is simple: no two of its edges cross, touch or overlap, apart from
// neighbouring edges meeting at their shared corner. A bowtie, a figure eight and a spike that
// folds back over its own edge are all refused; repeated consecutive positions are not.

type Position = readonly [number, number];

/** Why a ring is not simple, or null when it is (or when checking it would cost too much). */
export type RingCrossing = { kind: 'crossing'; near: [number, number] } | { kind: 'too-complex' } | null;

/**
 * Edge pairs whose x-ranges overlap that one ring may make us test; past it the ring is refused
 * as too complex to check, so that a hostile body cannot hold the server (a real coastline of
 * 100,000 positions tests a few million).
 */
export const ringPairBudget = 20_000_000;

const orientation = (a: Position, b: Position, c: Position) =>
  Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));

/** True when `p`, known to be collinear with edge a–b, lies within its bounding box. */
const withinEdge = (a: Position, b: Position, p: Position) =>
  Math.min(a[0], b[0]) <= p[0] &&
  p[0] <= Math.max(a[0], b[0]) &&
  Math.min(a[1], b[1]) <= p[1] &&
  p[1] <= Math.max(a[1], b[1]);

/** Where edges a–b and c–d meet (a crossing, or a corner of one on the other), or null. */
function meeting(a: Position, b: Position, c: Position, d: Position): Position | null {
  const [o1, o2, o3, o4] = [
    orientation(a, b, c),
    orientation(a, b, d),
    orientation(c, d, a),
    orientation(c, d, b)
  ];
  if (o1 !== o2 && o3 !== o4 && o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) {
    const t =
      ((c[0] - a[0]) * (d[1] - c[1]) - (c[1] - a[1]) * (d[0] - c[0])) /
      ((b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0]));
    return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  }
  if (o1 === 0 && withinEdge(a, b, c)) return c;
  if (o2 === 0 && withinEdge(a, b, d)) return d;
  if (o3 === 0 && withinEdge(c, d, a)) return a;
  if (o4 === 0 && withinEdge(c, d, b)) return b;
  return null;
}

/** Neighbouring edges a–b and b–c meet only at b unless c folds back onto a–b (a spike). */
const foldsBack = (a: Position, b: Position, c: Position) =>
  orientation(a, b, c) === 0 && (c[0] - b[0]) * (a[0] - b[0]) + (c[1] - b[1]) * (a[1] - b[1]) > 0;

function withoutRepeats(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const position of ring) {
    const previous = out[out.length - 1];
    if (!previous || previous[0] !== position[0] || previous[1] !== position[1]) out.push(position);
  }
  return out;
}

/**
 * The first place where a closed ring meets itself, `too-complex` when deciding would cost more
 * than `ringPairBudget` edge pairs, or null for a simple ring. A sweep over the edges sorted by
 * their west end: only edges whose x-ranges overlap are compared.
 */
export function ringCrossing(ring: readonly Position[], budget = ringPairBudget): RingCrossing {
  const points = withoutRepeats(ring);
  const edges = points.length - 1;
  if (edges < 3) return null;
  const west = new Float64Array(edges);
  const east = new Float64Array(edges);
  for (let i = 0; i < edges; i++) {
    west[i] = Math.min(points[i]![0], points[i + 1]![0]);
    east[i] = Math.max(points[i]![0], points[i + 1]![0]);
  }
  const order = Array.from({ length: edges }, (_, i) => i).sort((a, b) => west[a]! - west[b]! || a - b);
  let tested = 0;
  for (let k = 0; k < edges; k++) {
    const i = order[k]!;
    const [a, b] = [points[i]!, points[i + 1]!];
    for (let m = k + 1; m < edges && west[order[m]!]! <= east[i]!; m++) {
      if (++tested > budget) return { kind: 'too-complex' };
      const j = order[m]!;
      const [c, d] = [points[j]!, points[j + 1]!];
      if (Math.max(a[1], b[1]) < Math.min(c[1], d[1]) || Math.max(c[1], d[1]) < Math.min(a[1], b[1]))
        continue;
      const [first, second] = i < j ? [i, j] : [j, i];
      let near: Position | null;
      if (second === first + 1)
        near = foldsBack(points[first]!, points[second]!, points[second + 1]!) ? points[second]! : null;
      else if (first === 0 && second === edges - 1)
        near = foldsBack(points[second]!, points[0]!, points[1]!) ? points[0]! : null;
      else near = meeting(a, b, c, d);
      if (near) return { kind: 'crossing', near: [near[0], near[1]] };
    }
  }
  return null;
}
