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
 * written right after it ("in", "at", "near"); else the last town named before it in its paragraph or the one
 * before; else the first after it in its paragraph; else the dateline's town. Null when the article names no town.
 */
export function facilityTown(text: string, facility: Spot, towns: readonly PlacedTown[]): PlacedTown | null {
  const own = towns.find((t) => t.own && t.spot === facility);
  if (own) return own;
  const after = towns.find((t) => t.spot.start >= facility.end);
  if (after && LOCATED_IN.test(text.slice(facility.end, after.spot.start))) return after;
  // Only a town of the same or the previous paragraph: later ones may be about another place.
  const nearParagraph = (t: PlacedTown) =>
    paragraphBreaks(text.slice(Math.min(t.spot.start, facility.start), Math.max(t.spot.end, facility.end))) <=
    1;
  const before = towns.filter((t) => !t.own && t.spot.end <= facility.start && nearParagraph(t)).pop();
  // Else the dateline's town: the story is told from there.
  const dateline = towns.find((t) => t.spot.dateline && !t.own) ?? null;
  return before ?? (after && nearParagraph(after) ? after : dateline);
}

function paragraphBreaks(between: string): number {
  return between.split(/\n\s*/).length - 1;
}
