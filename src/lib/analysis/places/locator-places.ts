import locatorWords from '../../../../geodata/knowledge/locator-words.json';
import type { Dateline, PlaceMention, ResolvedPlace } from '../types';
import { placeEvent } from './event-kind';

/** Where a gazetteer place lies: its country and first-level unit codes. */
export type PlaceWhere = (id: string) => { country: string; admin1?: string } | undefined;

// The lists hold letters, hyphens and spaces only: nothing to escape.
const words = (list: readonly string[]) => list.join('|');
const IN = `(?:${words(locatorWords.in)})`;
const DIRECTIONS = `(?:(?:${words(locatorWords.directions)})\\s+){0,2}`;
const PARTS = `(?:${words(locatorWords.parts).replace(/ /g, '\\s+')})\\s+`;
const NOUN = `(?:${words(locatorWords.placeNouns)})`;
// ", a small port town in", ", the capital of": a described town, then where it lies.
const DESCRIBED = `,\\s*(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?${NOUN}\\s+${IN}\\s+`;
/** The words between a town and a unit written to locate it: "Kano, in northern" Nigeria. */
const LOCATING_GAP = new RegExp(
  `^(?:,?\\s+${IN}\\s+|${DESCRIBED})(?:the\\s+)?(?:${PARTS}|${DIRECTIONS})$`,
  'iu'
);
// A bare appositive ("Lima, Peru") ends there: a comma, the sentence's end, a bracket or a dash.
const APPOSITIVE_GAP = /^,\s*$/;
const APPOSITIVE_END = /^\s*(?:$|[,.;:!?)\]"”’]|\s[–—-]\s|[–—]|\n)/;

interface Located {
  place: ResolvedPlace;
  mention: PlaceMention;
}

/** Whether `inner` lies in the country or first-level unit `outer` (by the gazetteer). */
function liesIn(inner: ResolvedPlace, outer: ResolvedPlace, where: PlaceWhere): boolean {
  if (inner.id === outer.id) return false;
  const entry = where(inner.id);
  if ('country' in outer.ref)
    return (
      entry?.country === outer.ref.country ||
      ('admin1' in inner.ref && inner.ref.admin1.startsWith(`${outer.ref.country}-`))
    );
  if ('admin1' in outer.ref) return entry?.admin1 === outer.ref.admin1 && inner.kind !== 'admin1';
  return false;
}

function isLocator(
  text: string,
  { place, mention }: Located,
  before: Located | undefined,
  dateline: Dateline | null,
  where: PlaceWhere
): boolean {
  if (dateline && mention.start < dateline.end && mention.end > dateline.start) return true;
  if (!before || !liesIn(before.place, place, where)) return false;
  const gap = text.slice(before.mention.end, mention.start);
  if (APPOSITIVE_GAP.test(gap)) return APPOSITIVE_END.test(text.slice(mention.end));
  return LOCATING_GAP.test(gap);
}

/**
 * The places with each mention of a country or first-level unit written only to locate another
 * place made a plain mention: "in Lima, Peru", "Kano, in northern Nigeria", "the port city of
 * Busan, South Korea", a dateline's country. The event is the town's: the country it lies in keeps
 * its role only where it is itself the event place ("floods swept Peru"). A place whose roles
 * change has its event kind read again from the mentions left. Run after `withEventKinds`. Pure;
 * word lists in geodata/knowledge/locator-words.json.
 */
export function withLocatorsMentioned(
  text: string,
  places: readonly ResolvedPlace[],
  dateline: Dateline | null,
  where: PlaceWhere
): ResolvedPlace[] {
  const all: Located[] = places
    .flatMap((place) => place.mentions.map((mention) => ({ place, mention })))
    .sort((a, b) => a.mention.start - b.mention.start);
  const locators = new Set<PlaceMention>();
  all.forEach((located, index) => {
    const { place, mention } = located;
    if (mention.role === 'mentioned' || (place.kind !== 'country' && place.kind !== 'admin1')) return;
    let before: Located | undefined;
    for (let k = index - 1; k >= 0 && !before; k--) if (all[k]!.mention.end <= mention.start) before = all[k];
    if (isLocator(text, located, before, dateline, where)) locators.add(mention);
  });
  if (!locators.size) return [...places];
  return places.map((place) => {
    if (!place.mentions.some((mention) => locators.has(mention))) return place;
    const mentions = place.mentions.map((mention) =>
      locators.has(mention) ? { ...mention, role: 'mentioned' as const } : mention
    );
    const { event: _old, ...rest } = place;
    const event = placeEvent(text, mentions);
    return event ? { ...rest, mentions, event } : { ...rest, mentions };
  });
}
