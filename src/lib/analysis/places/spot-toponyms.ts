import { normalizeName } from '../../geodata/gazetteer';
import type { Gazetteer, GazetteerEntry } from '../../geodata/types';
import { extendSpot } from './extend-spot';
import {
  admin1Heads,
  countryAbbreviations,
  demonyms,
  facilityNounWords,
  neverPlace,
  organisationHeadSet,
  subunitHeads
} from './knowledge';
import { hyphenParts } from './hyphen-parts';
import { spotOf, type Spot } from './spot';
import { unknownNamedPlace } from './unknown-named-place';
import type { Word } from './tokenize-words';

// Lower-case words that may stand inside a multi-word name ("Sea of Azov", "Rostov on Don").
const CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'on',
  'upon',
  'de',
  'del',
  'la',
  'le',
  'da',
  'du',
  'des',
  'am',
  'sur',
  'y',
  'al',
  'el'
]);
const FACILITY_WORDS = new Set(facilityNounWords.flat());
// Between two words of one name: a space, or the dot of an abbreviation ("St. Petersburg").
const NAME_GAP = /^(?:[ \u00a0]|\. )$/;

const entriesOf = (gazetteer: Gazetteer, key: string): GazetteerEntry[] =>
  gazetteer.lookup(key).map((i) => gazetteer.entries[i]!);

/**
 * Finds every place name in the text: at each capitalised word, the longest run of words (up to
 * the gazetteer's longest name) whose normalised form the gazetteer knows, then the head or facility
 * noun after it. Words in `blocked` (person names, the dateline) never start or join a name.
 */
export function spotToponyms(
  text: string,
  words: readonly Word[],
  gazetteer: Gazetteer,
  blocked: ReadonlySet<number>
): Spot[] {
  const spots: Spot[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!word.capital || blocked.has(i)) continue;
    // "The White House": a leading article is never part of the span, unless only the whole is a name ("The Hague").
    const found = word.allCaps
      ? abbreviation(words, gazetteer, i)
      : (word.lower === 'the' &&
          words[i + 1]?.capital &&
          !blocked.has(i + 1) &&
          longestName(text, words, gazetteer, blocked, i + 1)) ||
        longestName(text, words, gazetteer, blocked, i);
    // "Ben Gurion Airport": a longer capitalised name closed by a facility noun is one facility,
    // even when its first word alone is in the gazetteer; names inside it are not places.
    const whole = found && !word.allCaps ? unknownNamedPlace(text, words, i) : null;
    if (whole && whole.head?.type === 'facility' && whole.lastWord > found!.lastWord + 1) {
      spots.push(whole);
      i = whole.lastWord;
      continue;
    }
    if (found) {
      const spot = extendSpot(text, words, gazetteer, found);
      if (spot) spots.push(spot);
      i = spot ? spot.lastWord : found.lastWord;
      continue;
    }
    const facility = unknownNamedPlace(text, words, i);
    if (facility) {
      spots.push(facility);
      i = facility.lastWord;
      continue;
    }
    if (/[-‐‑]/.test(word.text)) spots.push(...hyphenParts(word, gazetteer, i));
  }
  return spots;
}

function longestName(
  text: string,
  words: readonly Word[],
  gazetteer: Gazetteer,
  blocked: ReadonlySet<number>,
  i: number
): Spot | null {
  let last = i;
  // Grow the window while words may belong to one name; remember the longest window that matches.
  const limit = Math.min(words.length - 1, i + gazetteer.maxNameTokens - 1);
  while (last < limit) {
    const next = words[last + 1]!;
    // A possessive inside a name ("Cox's Bazar", "St John's Wood") joins the next capitalised word;
    // the window is kept only if the gazetteer knows the whole ("Russia's Belgorod" falls back).
    const possessive = words[last]!.possessive;
    const gap = text.slice(possessive ? words[last]!.end + 2 : words[last]!.end, next.start);
    if (possessive && !next.capital) break;
    if (blocked.has(last + 1) || !NAME_GAP.test(gap)) break;
    if (
      !next.capital &&
      !CONNECTORS.has(next.lower) &&
      !FACILITY_WORDS.has(next.lower) &&
      !admin1Heads.has(next.lower) &&
      !subunitHeads.has(next.lower)
    )
      break;
    last++;
  }
  for (let j = last; j >= i; j--) {
    const lastWord = words[j]!;
    if (j > i && CONNECTORS.has(lastWord.lower)) continue;
    // Single words that are stop words or demonyms ("Saudi" is also a name of Saudi Arabia) are not places.
    // So are organisation words ("Pravda", "Union", "Independent"), whatever town bears the name.
    if (
      j === i &&
      (neverPlace.has(words[i]!.lower) ||
        demonyms.has(words[i]!.text) ||
        organisationHeadSet.has(words[i]!.lower))
    )
      return null;
    const key = normalizeName(text.slice(words[i]!.start, lastWord.end));
    const candidates = entriesOf(gazetteer, key);
    if (candidates.length) return spotOf(words, i, j, key, candidates);
  }
  return null;
}

// All-caps words are acronyms in running text ("WHO", "RSF"); only country abbreviations are places.
function abbreviation(words: readonly Word[], gazetteer: Gazetteer, i: number): Spot | null {
  const key = normalizeName(words[i]!.text);
  const code = countryAbbreviations.get(key);
  const entry = code ? gazetteer.byId(`country:${code}`) : undefined;
  return entry ? spotOf(words, i, i, key, [entry]) : null;
}
