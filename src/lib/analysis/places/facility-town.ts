import type { Resolution } from './resolve-toponym';
import type { Spot } from './spot';

/** A town the article names, as a possible location of a facility. */
export interface PlacedTown {
  spot: Spot;
  resolution: Resolution;
  /** The town is the facility's own name ("Ilsky oil refinery"). */
  own: boolean;
}

// "the Saudi Hospital in El Fasher", "the refinery at Tuapse": the town right after the facility.
const LOCATED_IN = /^\s+(?:in|at|near|outside|of)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$/;

/**
 * Where a named facility missing from the gazetteer is: the town in its own name; else a town
 * written right after it ("in", "at", "near"); else the last town named before it; else the first
 * after it. Null when the article names no town.
 */
export function facilityTown(text: string, facility: Spot, towns: readonly PlacedTown[]): PlacedTown | null {
  const own = towns.find((t) => t.own && t.spot === facility);
  if (own) return own;
  const after = towns.find((t) => t.spot.start >= facility.end);
  if (after && LOCATED_IN.test(text.slice(facility.end, after.spot.start))) return after;
  const before = towns.filter((t) => !t.own && t.spot.end <= facility.start).pop();
  return before ?? after ?? null;
}
