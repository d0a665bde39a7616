import { demonyms, neverPlace, organisationHeadSet } from './knowledge';
import type { Resolution } from './resolve-toponym';
import { spotOf, type Spot } from './spot';
import type { Word } from './tokenize-words';

/** A name the gazetteer lacks but the text writes as a place, and why it is one. */
export interface UnknownPlaceName {
  spot: Spot;
  kind: 'city' | 'facility';
  reason: string;
}

// Between two names of one list: ", ", " and ", ", and ", " or ".
const LIST_GAP = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)$/;
// "the ports of Alpha and Beta", "the village of Gamma", "the port city of Delta".
const NAMED_AFTER =
  /\b(?:(sea)?ports?|harbours?|harbors?|villages?|towns?|port cities|port city|hamlets?)\s+of\s+(?:the\s+)?$/i;
const NAME_GAP = /^[ \u00a0]$/;
const MAX_NAME_WORDS = 3;
const LOOK_BACK = 30;

interface Item {
  first: number;
  last: number;
  start: number;
  end: number;
  /** The spot index of a placed name; null for an unknown name. */
  spot: number | null;
}

/**
 * Capitalised names missing from the gazetteer that the text still writes as places: members of a
 * coordinated list with at least two placed towns or units ("Alpha, Beta, Gamma and Delta" where
 * two are known), and names after "the port(s) of" or "the village of". Pure.
 */
export function unknownListMates(
  text: string,
  words: readonly Word[],
  spots: readonly Spot[],
  resolutions: readonly (Resolution | null)[],
  blocked: ReadonlySet<number>
): UnknownPlaceName[] {
  const taken = new Set<number>();
  spots.forEach((spot) => {
    for (let i = spot.firstWord; i <= spot.lastWord; i++) taken.add(i);
  });
  const items: Item[] = [];
  const placedAt = new Map<number, number>();
  spots.forEach((spot, k) => {
    const kind = resolutions[k]?.accepted ? resolutions[k]!.entry.kind : null;
    if (!spot.hyphenPart && (kind === 'city' || kind === 'admin1')) placedAt.set(spot.firstWord, k);
  });
  for (let i = 0; i < words.length; i++) {
    const k = placedAt.get(i);
    if (k !== undefined) {
      const spot = spots[k]!;
      items.push({ first: i, last: spot.lastWord, start: spot.start, end: spot.end, spot: k });
      i = spot.lastWord;
      continue;
    }
    const last = unknownNameEnd(text, words, i, taken, blocked);
    if (last < 0) continue;
    items.push({ first: i, last, start: words[i]!.start, end: words[last]!.end, spot: null });
    i = last;
  }
  const found: UnknownPlaceName[] = [];
  const take = (item: Item, kind: UnknownPlaceName['kind'], reason: string) =>
    found.push({ spot: spotOf(words, item.first, item.last, '', []), kind, reason });
  let chain: Item[] = [];
  const close = () => {
    const placed = chain.filter((item) => item.spot !== null).length;
    if (placed >= 2)
      for (const item of chain)
        if (item.spot === null && !words[item.first]!.sentenceStart)
          take(item, 'city', 'listed with places the gazetteer knows, but missing from it');
    chain = [];
  };
  items.forEach((item, n) => {
    const previous = items[n - 1];
    if (!previous || !LIST_GAP.test(text.slice(previous.end, item.start))) close();
    chain.push(item);
    if (item.spot !== null) return;
    const before = text.slice(Math.max(0, item.start - LOOK_BACK), item.start);
    const chainHead = chain[0]!;
    const introduced = NAMED_AFTER.exec(
      text.slice(Math.max(0, chainHead.start - LOOK_BACK), chainHead.start)
    );
    if (NAMED_AFTER.test(before) || (chainHead !== item && introduced)) {
      const port = /port|harbo/i.test((NAMED_AFTER.exec(before) ?? introduced)![0]);
      take(
        item,
        port ? 'facility' : 'city',
        port ? 'a port the gazetteer lacks, with no town to put it at' : 'a settlement the gazetteer lacks'
      );
    }
  });
  close();
  // A name once written as a place is that place at every repeat ("Alpha" later in the story).
  const names = new Map(found.map((f) => [text.slice(f.spot.start, f.spot.end), f]));
  for (const item of items) {
    const same = item.spot === null ? names.get(text.slice(item.start, item.end)) : undefined;
    if (same) take(item, same.kind, same.reason);
  }
  return dedupe(found).sort((a, b) => a.spot.start - b.spot.start);
}

// The last word of an unknown capitalised name starting at i, or -1.
function unknownNameEnd(
  text: string,
  words: readonly Word[],
  i: number,
  taken: ReadonlySet<number>,
  blocked: ReadonlySet<number>
): number {
  const usable = (j: number) => {
    const word = words[j]!;
    return (
      word.capital &&
      !word.allCaps &&
      !taken.has(j) &&
      !blocked.has(j) &&
      !neverPlace.has(word.lower) &&
      !demonyms.has(word.text) &&
      !organisationHeadSet.has(word.lower) &&
      /^\p{Lu}\p{Ll}/u.test(word.text)
    );
  };
  if (!usable(i)) return -1;
  let last = i;
  while (
    last + 1 < words.length &&
    last - i + 1 < MAX_NAME_WORDS &&
    !words[last]!.possessive &&
    NAME_GAP.test(text.slice(words[last]!.end, words[last + 1]!.start)) &&
    usable(last + 1)
  )
    last++;
  // A possessive name ("Alpha's governor") is an owner, not a list member.
  return words[last]!.possessive ? -1 : last;
}

function dedupe(found: UnknownPlaceName[]): UnknownPlaceName[] {
  const seen = new Set<number>();
  return found.filter((f) => !seen.has(f.spot.start) && (seen.add(f.spot.start), true));
}
