import type { Gazetteer, GazetteerEntry } from '../../geodata/types';
import type { Candidate } from '../types';
import type { DocumentFocus } from './document-focus';
import { normalizeName } from '../../geodata/gazetteer';
import type { Spot } from './spot';

/** The referent chosen for one spot. */
export interface Resolution {
  entry: GazetteerEntry;
  confidence: number;
  alternatives: Candidate[];
  /** false when the evidence is too weak to call the name a place at all. */
  accepted: boolean;
  /** Why a name that is a place was not put on its only candidates (kept as an unresolved mention). */
  doubt?: string;
}

/** What the words around the name say, beyond the spot itself. */
export interface SpotContext {
  /** The name is an ordinary English word too ("Security", "Nothing"). */
  commonWord: boolean;
  /** A locative preposition stands before it ("in", "near", "from"). */
  locative: boolean;
  /** A one-word name directly followed by a speech or publication verb ("Baza wrote"). */
  speaks: boolean;
  /** A local official's title follows: "Georgia Gov." is a state, "Lviv Mayor" a town, neither a country. */
  localTitle: 'region' | 'town' | null;
  /** Country and admin-1 codes of a place written after a comma ("Jackson, Mississippi"). */
  within: ReadonlySet<string> | null;
  /** "the towns of X and Y", "the port of X": only a populated place will do. */
  populated?: boolean;
  /** Singular unit noun of "the province of X" ("province"), if the name follows one. */
  unitOf?: string | null;
  /** Countries of list siblings that can only be first-level units ("California and Oregon"). */
  listUnits?: ReadonlySet<string>;
  /** Confidently placed towns and units written near this name (same paragraph or so). */
  anchors?: readonly GazetteerEntry[];
  /** Every town the article confidently placed on the first pass, wherever it is written; the dateline's first. */
  placedTowns?: readonly GazetteerEntry[];
  /** Whether the first of placedTowns is the dateline's town. */
  datelineTown?: boolean;
}

const ADMIN_NOUNS = ['region', 'oblast', 'province'];
// A town this small, outside the same-named unit, loses to the unit ("Oregon" the state, not Oregon, Ohio).
const SMALL_NAMESAKE = 100_000;
const WATER_WORDS = /\b(?:river|sea|lake|gulf|bay|strait|straits|ocean|canal|reservoir)\b/;
const HEAD_WORDS = /\s(?:region|oblast|province|krai|kray|governorate|state|republic|okrug)$/;

/**
 * Chooses one referent among the spot's same-named candidates from document context: head noun
 * or list kind, countries and first-level units in focus, population and capitals; the runners-up
 * become alternatives. Returns null when the spot has no candidates.
 */
export function resolveToponym(
  spot: Spot,
  gazetteer: Gazetteer,
  focus: DocumentFocus,
  context: SpotContext
): Resolution | null {
  const pool = candidatePool(spot, gazetteer, context);
  if (!pool.length) return null;
  const namedUnits = pool
    .filter((c) => c.kind === 'admin1' && sameName(primaryName(c), spot.key))
    .map((c) => c.admin1 ?? '');
  const scored = pool
    .map((entry) => ({ entry, score: scoreCandidate(entry, spot, focus, context, namedUnits) }))
    .sort((a, b) => b.score - a.score || b.entry.population - a.entry.population);
  const best = scored[0]!;
  const runnerUp = scored.find((s) => s.entry.id !== best.entry.id);
  const margin = runnerUp ? best.score - runnerUp.score : 6;
  const total = scored.reduce((sum, s) => sum + Math.exp(s.score - best.score), 0);
  return {
    entry: best.entry,
    confidence: round(Math.min(0.99, 1 / (1 + Math.exp(-margin / 1.5)))),
    alternatives: scored
      .filter((s) => s.entry.id !== best.entry.id)
      .slice(0, 3)
      .map((s) => ({
        id: s.entry.id,
        name: s.entry.name,
        score: round(Math.exp(s.score - best.score) / total)
      })),
    ...acceptance(best.entry, spot, focus, context)
  };
}

// A head noun or a list head narrows the pool: "Kyiv" in "Kyiv and Sumy regions" is the oblast
// (re-looked up as "kyiv region"), not Kyiv city, which is an admin-1 unit of its own.
function candidatePool(spot: Spot, gazetteer: Gazetteer, context: SpotContext): readonly GazetteerEntry[] {
  const head =
    spot.head ?? (context.unitOf ? { type: 'admin1' as const, noun: context.unitOf, shared: true } : null);
  if (context.populated && !head) {
    const towns = spot.candidates.filter((c) => c.kind === 'city');
    if (towns.length) return towns;
  }
  if (!head || head.type === 'facility') return spot.candidates;
  if (head.type === 'subunit') {
    const towns = spot.candidates.filter((c) => c.kind === 'city');
    return towns.length ? towns : spot.candidates;
  }
  const units = (list: readonly GazetteerEntry[]) =>
    list.filter((c) => c.kind === 'admin1' || c.kind === 'region');
  if (!HEAD_WORDS.test(spot.key)) {
    for (const noun of [head.noun, ...ADMIN_NOUNS]) {
      const named = units(gazetteer.lookup(`${spot.key} ${noun}`).map((i) => gazetteer.entries[i]!));
      if (named.length) return named;
    }
  }
  const direct = units(spot.candidates);
  return direct.length ? direct : spot.candidates;
}

function scoreCandidate(
  entry: GazetteerEntry,
  spot: Spot,
  focus: DocumentFocus,
  context: SpotContext,
  namedUnits: readonly string[]
): number {
  const primaryAdmin = namedUnits.length > 0;
  let score: number;
  if (entry.kind === 'country') score = context.localTitle ? 2 : 16;
  else if (entry.kind === 'admin1') score = context.localTitle === 'region' ? 14 : 4;
  else if (entry.kind === 'city')
    score =
      1.25 * Math.log10(entry.population + 10) + (entry.capital ? 4 : 0) + (entry.population >= 1e6 ? 1 : 0);
  else score = 10; // curated seas, rivers, regions, facilities: hand-picked, so a strong prior
  const weight = focus.countries.get(entry.country) ?? 0;
  // Grows with the evidence: one passing mention of a country must not outweigh a famous namesake
  // ("Melbourne" in a story that also names Washington once).
  if (weight > 0) score += Math.min(4, 1.5 * weight) + (entry.country === focus.topCountry ? 1 : 0);
  // A unit named anywhere in the article helps a little; one named nearby helps more (see nearness).
  if (entry.admin1 && entry.kind !== 'admin1' && focus.admin1.has(entry.admin1)) score += 2.5;
  // "Jackson, Mississippi", "KYIV, Ukraine": the place after the comma contains this one.
  if (
    context.within &&
    (context.within.has(entry.country) || context.within.has(entry.admin1 ?? '-')) &&
    entry.kind !== 'country'
  )
    score += 8;
  if (entry.kind === 'city' && context.anchors?.length) score += nearness(entry, context.anchors);
  const primary = primaryName(entry);
  if (sameName(primary, spot.key)) score += 1.5;
  // A city found only under an old name its oblast kept ("Dnipropetrovsk" for Dnipro) is the oblast;
  // a shortened name ("New York" for New York City) is not an old one.
  else if (entry.kind === 'city' && primaryAdmin && !primary.includes(spot.key)) score -= 5;
  if (
    entry.kind === 'city' &&
    primaryAdmin &&
    entry.population < SMALL_NAMESAKE &&
    !namedUnits.includes(entry.admin1 ?? '')
  )
    score -= 4;
  if (entry.kind === 'admin1' && context.listUnits?.has(entry.country)) score += 3;
  if (entry.kind === 'water' && WATER_WORDS.test(spot.key)) score += 6;
  if (spot.dateline && entry.kind === 'city') score += 2;
  return score;
}

// "near the village of Novoselivka ... Pokrovsk": of same-named villages, the one near the places
// written around it. Up to +3 within 150 km of an anchor town, +2 inside an anchor unit.
function nearness(entry: GazetteerEntry, anchors: readonly GazetteerEntry[]): number {
  let best = 0;
  for (const anchor of anchors) {
    if (anchor.kind === 'admin1') {
      if (anchor.admin1 === entry.admin1) best = Math.max(best, 2);
      continue;
    }
    const km = distanceKm(entry, anchor);
    best = Math.max(best, 3 * Math.max(0, 1 - km / 150));
  }
  return best;
}

function distanceKm(a: GazetteerEntry, b: GazetteerEntry): number {
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return 6371 * Math.sqrt(x * x + y * y);
}

function acceptance(
  entry: GazetteerEntry,
  spot: Spot,
  focus: DocumentFocus,
  context: SpotContext
): { accepted: boolean; doubt?: string } {
  const accepted = accept(entry, spot, focus, context);
  // Only a name the other rules would call a place is worth an unresolved mention.
  if (
    accepted &&
    entry.kind === 'city' &&
    !entry.capital &&
    !spot.dateline &&
    farNamesake(entry, spot, focus, context)
  )
    return {
      accepted: false,
      doubt: `no place of this name near the article's other places (the gazetteer's ${entry.name}, ${entry.country}, lies over ${FAR_FROM_ANCHORS_KM} km away)`
    };
  return { accepted };
}

function accept(entry: GazetteerEntry, spot: Spot, focus: DocumentFocus, context: SpotContext): boolean {
  if (spot.dateline || spot.head || entry.kind === 'country') return true;
  if (context.populated && entry.kind === 'city') return true;
  if (context.unitOf && entry.kind === 'admin1') return true;
  const inFocus = (focus.countries.get(entry.country) ?? 0) > 0;
  // Capitals speak for governments ("Moscow said"); other towns do not, so the name is someone's.
  // "officials in Odesa said": after a locative preposition the town is where, not who.
  if (context.speaks && !context.locative && entry.kind === 'city' && !entry.capital) return false;
  if (context.commonWord) return inFocus && (context.locative || entry.population >= 1_000_000);
  if (entry.kind !== 'city')
    return (
      entry.kind !== 'admin1' ||
      inFocus ||
      context.locative ||
      context.localTitle !== null ||
      spot.lastWord > spot.firstWord
    );
  if (inFocus || entry.capital === true) return true;
  // Out of focus, a name that is only a foreign alternate of a mid-sized town ("Hamas" for Hamm)
  // is more likely something else; big cities keep their old and foreign names ("Bombay").
  if (!sameName(primaryName(entry), spot.key) && entry.population < 300_000) return false;
  return entry.population >= 100_000 || (context.locative && entry.population >= 15_000);
}

// Namesakes chosen by the article's geography: a small town matched only under another of its
// names ("Shika" is also a name of Ishigaki), or lying in a country the article is not about
// ("Noto" in Sicily in a story from Japan), far from every town the article confidently placed,
// is a different place the gazetteer lacks, not that town.
const FAR_FROM_ANCHORS_KM = 300;
function farNamesake(entry: GazetteerEntry, spot: Spot, focus: DocumentFocus, context: SpotContext): boolean {
  if (entry.population >= SMALL_NAMESAKE) return false;
  // Below one explicit mention: a country the first pass only inferred from such a town stays out.
  const outOfFocus = (focus.countries.get(entry.country) ?? 0) < 1;
  if (!outOfFocus && sameName(primaryName(entry), spot.key)) return false;
  const towns = context.placedTowns ?? [];
  // The dateline's town is where the story is told from: its other mentions are that town.
  if (towns[0] === entry && context.datelineTown) return false;
  return towns.length > 0 && towns.every((a) => a === entry || distanceKm(entry, a) > FAR_FROM_ANCHORS_KM);
}

// Normalising preferred names once per entry: resolution asks for them on every candidate.
// Transliteration variants of one name ("Nizhny" / "Nizhniy", "Zaporizhzhia" / "Zaporizhzhya") share
// their consonants; a renamed place ("Dnipropetrovsk" / "Dnipro") does not.
function sameName(a: string, b: string): boolean {
  return a === b || skeleton(a) === skeleton(b);
}
const skeleton = (name: string) => name.replace(/[aeiouy\s]/g, '').replace(/(.)\1+/g, '$1');

const primaryNames = new WeakMap<GazetteerEntry, string>();
function primaryName(entry: GazetteerEntry): string {
  let name = primaryNames.get(entry);
  if (name === undefined) primaryNames.set(entry, (name = normalizeName(entry.name).replace(HEAD_WORDS, '')));
  return name;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
