import { facilityNounWords, firstNameSet, personTitleSet } from './knowledge';

const facilityStarts = new Set(
  facilityNounWords.filter((n) => n.length === 1 || n[0] === 'international').map((n) => n[0]!)
);
import type { Word } from './tokenize-words';

/** True when a capitalised word at index i may still be a place even though it looks like a name. */
export type IsMajorPlace = (wordIndex: number) => boolean;

const MAX_NAME_WORDS = 3;
const NAME_GAP = /^[ \u00a0-]?$/;

/**
 * Indices of words that belong to person names: capitalised words after a title ("Mayor Ihor
 * Terekhov"), after a known first name ("Alexander Gusev"), and later repeats of any surname found
 * so ("Gusev said"). Why: GeoNames knows villages named like many surnames (Gusev, Terekhovo…).
 */
export function findPersonNames(
  text: string,
  words: readonly Word[],
  isMajorPlace: IsMajorPlace
): Set<number> {
  const person = new Set<number>();
  const surnames = new Set<string>();
  const take = (from: number) => {
    let last = -1;
    for (let j = from; j < words.length && j < from + MAX_NAME_WORDS; j++) {
      const word = words[j]!;
      if (
        !word.capital ||
        word.allCaps ||
        (j > from && !NAME_GAP.test(text.slice(words[j - 1]!.end, word.start)))
      )
        break;
      if (j > from && words[j - 1]!.possessive) break;
      // "Ben Gurion Airport", "Jinnah Hospital": a name before a facility noun names the facility.
      if (j > from && facilityStarts.has(word.lower)) {
        for (let k = from; k < j; k++) person.delete(k);
        return;
      }
      person.add(j);
      last = j;
    }
    if (last >= 0) surnames.add(words[last]!.lower);
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    if (
      !next ||
      !next.capital ||
      next.allCaps ||
      !NAME_GAP.test(text.slice(word.end, next.start)) ||
      word.possessive
    )
      continue;
    if (personTitleSet.has(word.lower.replace(/\.$/, '')) && !isMajorPlace(i + 1)) take(i + 1);
    else if (word.capital && firstNameSet.has(word.lower) && !isMajorPlace(i) && !isMajorPlace(i + 1))
      take(i);
  }
  if (surnames.size) words.forEach((w, i) => surnames.has(w.lower) && w.capital && person.add(i));
  return person;
}
