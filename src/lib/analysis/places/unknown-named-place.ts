import { facilityNounWords, neverPlace, subunitHeads } from './knowledge';
import { spotOf, type Spot } from './spot';
import type { Word } from './tokenize-words';

// Between two words of one name: a space, or the dot of an abbreviation ("St. Petersburg").
const NAME_GAP = /^(?:[ \u00a0]|\. )$/;

/** "the Saudi Hospital", "Holosiivskyi district": capitalised words closed by a capitalised facility noun or a sub-unit noun, not in the gazetteer. */
// Streets and squares are often named by a common word ("Central Street", "Freedom Square"); these
// words never start such a name.
const STREET_NOUNS = new Set(['street', 'avenue', 'boulevard', 'square']);
const NOT_A_STREET_NAME = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'on',
  'in',
  'at',
  'from',
  'to',
  'by',
  'of'
]);

export function unknownNamedPlace(text: string, words: readonly Word[], i: number): Spot | null {
  if (neverPlace.has(words[i]!.lower)) return commonWordStreet(text, words, i);
  for (let j = i + 1; j <= i + 3 && j < words.length; j++) {
    if (!NAME_GAP.test(text.slice(words[j - 1]!.end, words[j]!.start)) || words[j - 1]!.possessive)
      return null;
    const noun = facilityNounWords.find((n) =>
      n.every((w, k) => words[j + k]?.lower === w && (k > 0 || words[j + k]!.capital))
    );
    if (noun) {
      const last = j + noun.length - 1;
      return {
        ...spotOf(words, i, last, '', []),
        head: { type: 'facility', noun: noun.join(' '), shared: false }
      };
    }
    // "Kyiv's Holosiivskyi district": an unknown name before a singular sub-unit noun.
    const sub = subunitHeads.get(words[j]!.lower);
    if (sub === words[j]!.lower && j <= i + 2 && !words[i]!.sentenceStart)
      return { ...spotOf(words, i, j, '', []), head: { type: 'subunit', noun: sub, shared: false } };
    if (!words[j]!.capital) return null;
  }
  return null;
}

/** "Central Street", "Freedom Square": one common word, then a capitalised street noun. */
function commonWordStreet(text: string, words: readonly Word[], i: number): Spot | null {
  const next = words[i + 1];
  if (
    !next ||
    !next.capital ||
    !STREET_NOUNS.has(next.lower) ||
    NOT_A_STREET_NAME.has(words[i]!.lower) ||
    words[i]!.possessive ||
    !NAME_GAP.test(text.slice(words[i]!.end, next.start))
  )
    return null;
  return { ...spotOf(words, i, i + 1, '', []), head: { type: 'facility', noun: next.lower, shared: false } };
}
