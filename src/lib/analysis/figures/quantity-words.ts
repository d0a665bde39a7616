import quantities from '../../../../geodata/knowledge/figures-quantities.json';

type Bounds = [number, number];

/** Hedges before a number, longest first so "more than" wins over "more". */
export const HEDGES: readonly string[] = [...new Set(quantities.hedges)].sort((a, b) => b.length - a.length);
/** Hedges that mark a total rather than an approximation ("a total of"). */
export const EXACT_HEDGES: ReadonlySet<string> = new Set(quantities.exactHedges);
/** Vague magnitudes as [low, high] ("tens of thousands" → [10000, 99999]). */
export const VAGUE: ReadonlyMap<string, Bounds> = new Map(
  Object.entries(quantities.vague) as [string, Bounds][]
);
export const SCALES: ReadonlyMap<string, number> = new Map(Object.entries(quantities.scales));
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map(
  Object.entries(quantities.currencySymbols)
);
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map(Object.entries(quantities.currencyWords));
/** Units of measure by their spelling ("kilometres" → "km"), longest first when matched. */
export const UNITS: ReadonlyMap<string, string> = new Map(Object.entries(quantities.units));
export const TIME_UNITS: ReadonlySet<string> = new Set(quantities.timeUnits);
export const REPEATED_EVENTS: ReadonlySet<string> = new Set(quantities.repeatedEvents);
/** Nouns that "one" counts ("one person"); "one strike" or "one of" is not a figure. */
export const SINGULAR_COUNTS: ReadonlySet<string> = new Set(quantities.singularCounts);
/** Events "the first" counts in a series ("the first mass kidnapping"); other ordinals take REPEATED_EVENTS. */
export const FIRST_EVENTS: ReadonlySet<string> = new Set(quantities.firstEvents);
/** Nouns that "the two …" refers back with ("the two presidents"): a set already named, not a count. */
export const ANAPHORIC_SETS: ReadonlySet<string> = new Set(quantities.anaphoricSets);
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(quantities.irregularPlurals);
