import type { FeatureKind } from '../types';
import type { ListedPlace } from './collective-references';

// How far back (in characters) "the two cities" may reach for places not written as one list.
const NEAR = 400;

/**
 * The members of an anaphoric collective ("these regions", "the two cities"): the latest
 * coordinated list of the right kind (and size, when counted) before `before`; else, counted only,
 * the top countries of the article or the places of that kind named just before.
 */
export function listedSet(
  listed: readonly ListedPlace[],
  countries: ReadonlyMap<string, number>,
  kind: FeatureKind,
  before: number,
  size: number | undefined
): string[] | null {
  const earlier = listed.filter((p) => p.start < before && p.kind === kind);
  const lists = [...new Set(earlier.map((p) => p.list).filter((l): l is number => l !== null))].reverse();
  for (const list of lists) {
    const codes = [...new Set(earlier.filter((p) => p.list === list).map((p) => p.code))];
    if (size === undefined || codes.length === size) return codes;
  }
  if (size === undefined) return null;
  // No list: "the two countries" are the two the article is most about; "the two cities" the two
  // named last, close before.
  if (kind === 'country') {
    const top = [...countries].sort((a, b) => b[1] - a[1]).slice(0, size);
    const next = [...countries].sort((a, b) => b[1] - a[1])[size]?.[1] ?? 0;
    return top.length === size && top[size - 1]![1] > next ? top.map(([code]) => code) : null;
  }
  const recent = [
    ...new Set(
      earlier
        .filter((p) => before - p.start < NEAR)
        .map((p) => p.code)
        .reverse()
    )
  ].slice(0, size);
  return recent.length === size ? recent : null;
}
