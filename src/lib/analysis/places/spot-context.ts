import { admin1Heads, commonWords } from './knowledge';
import type { SpotContext } from './resolve-toponym';
import type { Spot } from './spot';
import type { Word } from './tokenize-words';

// Publication verbs: a town does not write or report, an outlet or a person does ("Baza wrote").
const SPEECH = new Set([
  'said',
  'says',
  'wrote',
  'writes',
  'reported',
  'reports',
  'told',
  'tweeted',
  'posted',
  'added',
  'stated',
  'claimed',
  'published',
  'quoted',
  'cited'
]);
const LOCATIVE = new Set([
  'in',
  'near',
  'from',
  'to',
  'at',
  'outside',
  'around',
  'toward',
  'towards',
  'into',
  'across',
  'inside',
  'via',
  'over'
]);
// Titles of local officials: "Georgia Gov. Brian Kemp" is the US state, "Lviv Mayor" the city.
const REGION_TITLES = new Set([
  'gov',
  'governor',
  'lt',
  'state',
  'senator',
  'sen',
  'legislature',
  'lawmakers',
  'attorney'
]);
const TOWN_TITLES = new Set(['mayor', 'city', 'county', 'sheriff', 'police']);
// "the towns of Nabatieh and Tyre", "the Black Sea port of Odesa": the names are populated places.
const POPULATED_NOUNS = new Set([
  'town',
  'towns',
  'city',
  'cities',
  'village',
  'villages',
  'settlement',
  'settlements',
  'hamlet',
  'hamlets',
  'port',
  'suburb',
  'suburbs'
]);
// People of a place and its officials: in "the mayor of Tuguegarao said" or "residents of Kherson
// told AFP" the name after "of" is where they are from, not who speaks.
const PEOPLE_OF = new Set([
  ...REGION_TITLES,
  ...TOWN_TITLES,
  'residents',
  'people',
  'inhabitants',
  'officials',
  'authorities',
  'head',
  'chief',
  'deputy',
  'council',
  'administration',
  'prefect',
  'governorate'
]);
// "the mayor of X" is a town's official, "the governor of X" a region's (rarely a country's).
const OFFICIAL_OF: Readonly<Record<string, 'region' | 'town'>> = { mayor: 'town', governor: 'region' };
const COMMA_GAP = /^,\s+$/;

/**
 * What the words around a name say: is it an ordinary English word (listed, or written in lower
 * case elsewhere in this article), does a locative preposition precede it, does a speech verb or a
 * local official's title follow it, and does ", <Place>" follow it ("Jackson, Mississippi").
 */
export function spotContext(
  text: string,
  words: readonly Word[],
  spots: readonly Spot[],
  k: number,
  lowerWords: (word: string) => boolean
): SpotContext {
  const spot = spots[k]!;
  const word = words[spot.firstWord]!;
  const single = spot.firstWord === spot.lastWord && !spot.head && !spot.dateline;
  const commonWord =
    single && (commonWords.has(word.lower) || (word.sentenceStart && lowerWords(word.lower)));
  const previous = words[spot.firstWord - 1]?.lower ?? '';
  const before = previous === 'the' ? (words[spot.firstWord - 2]?.lower ?? '') : previous;
  const last = words[spot.lastWord]!;
  const next = last.possessive ? '' : (words[spot.lastWord + 1]?.lower.replace(/\.$/, '') ?? '');
  const following = spots[k + 1];
  const within =
    following && !last.possessive && COMMA_GAP.test(text.slice(spot.end, following.start))
      ? new Set(
          following.candidates
            .filter((c) => c.kind === 'country' || c.kind === 'admin1')
            .flatMap((c) => [c.country, c.admin1 ?? ''])
        )
      : null;
  // Siblings in a list that can only be first-level units ("California and Oregon") make a
  // same-country unit the likelier reading of an ambiguous name.
  let listUnits: Set<string> | undefined;
  let first = k;
  if (spot.list !== null) {
    listUnits = new Set<string>();
    while (spots[first - 1]?.list === spot.list) first--;
    for (let j = first; spots[j]?.list === spot.list; j++) {
      const sibling = spots[j]!;
      if (j !== k && sibling.candidates.length && sibling.candidates.every((c) => c.kind === 'admin1'))
        for (const c of sibling.candidates) listUnits.add(c.country);
    }
  }
  const opener = spots[first]!.firstWord;
  const governor = words[opener - 1]?.lower === 'of' ? (words[opener - 2]?.lower ?? '') : '';
  const ofPeople = PEOPLE_OF.has(governor);
  const populated = POPULATED_NOUNS.has(governor);
  // "the southern province of Sweida", "the regions of Kursk and Belgorod": first-level units.
  const unitOf = admin1Heads.get(governor) ?? null;
  return {
    commonWord,
    populated,
    unitOf,
    listUnits,
    locative: LOCATIVE.has(before),
    // "Baza wrote" speaks; "fled to camps in Tawila, said Adam Rojal" is an inverted attribution.
    speaks:
      single &&
      !ofPeople &&
      SPEECH.has(next) &&
      /^[ \u00a0]+$/.test(text.slice(last.end, words[spot.lastWord + 1]?.start)),
    // "Lviv Mayor", "the mayor of Lviv": the city; "Georgia Gov.", "the governor of Georgia": the state.
    localTitle: localTitleOf(next) ?? OFFICIAL_OF[governor] ?? null,
    within
  };
}

function localTitleOf(word: string): 'region' | 'town' | null {
  return REGION_TITLES.has(word) ? 'region' : TOWN_TITLES.has(word) ? 'town' : null;
}
