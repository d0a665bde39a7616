import type { GazetteerEntry } from '../../geodata/types';
import { firstIndex } from './first-index';
import type { Spot } from './spot';

/**
 * For each spot, the anchors (confidently placed entries) of the other spots whose start lies
 * within `reach` characters of its own and whose name differs, in spot order.
 * Near-linear: the anchored spots are indexed by start, and each spot looks only at the ones
 * within reach (a binary search, then the window), instead of comparing every pair.
 * @example nearbyAnchors(spots, anchors, 400)(k) // entries placed near spots[k]
 */
export function nearbyAnchors(
  spots: readonly Spot[],
  anchors: readonly (GazetteerEntry | null)[],
  reach: number
): (k: number) => GazetteerEntry[] {
  const byStart = spots
    .map((spot, j) => ({ start: spot.start, j }))
    .filter(({ j }) => anchors[j])
    .sort((a, b) => a.start - b.start || a.j - b.j);
  return (k) => {
    const spot = spots[k]!;
    const near: number[] = [];
    const from = firstIndex(byStart, (anchor) => anchor.start > spot.start - reach);
    for (let i = from; i < byStart.length; i++) {
      const { start, j } = byStart[i]!;
      if (start >= spot.start + reach) break;
      if (j !== k && spots[j]!.key !== spot.key) near.push(j);
    }
    // The pairwise scan this replaces listed anchors in spot order; resolution depends on it.
    return near.sort((a, b) => a - b).map((j) => anchors[j]!);
  };
}
