import { commonWords } from './knowledge';
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
  return {
    commonWord,
    locative: LOCATIVE.has(before),
    speaks: single && SPEECH.has(next),
    localTitle: REGION_TITLES.has(next) ? 'region' : TOWN_TITLES.has(next) ? 'town' : null,
    within
  };
}
