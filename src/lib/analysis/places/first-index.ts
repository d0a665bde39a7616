/**
 * The index of the first item for which `reached` holds, in an array where it is false up to
 * some point and true from there on (a binary search); the length when it never holds.
 * @example firstIndex([1, 4, 9], (n) => n > 3) === 1
 */
export function firstIndex<T>(sorted: readonly T[], reached: (item: T) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (reached(sorted[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}
