import {
  auxiliaries,
  irregularVerbs,
  nonSubjectGovernors,
  PHRASE_END,
  possessedActor,
  possessedLiteral
} from './knowledge';
import type { Word } from './tokenize-words';

/**
 * Literal reading of a possessor: "Ukraine's energy ministry" (an institution: the state acting,
 * false) vs "Ukraine's civilian infrastructure" (its territory, infrastructure or people: true).
 * The last cue word of the possessed phrase decides; no cue reads literal.
 */
export function possessedReading(
  text: string,
  words: readonly Word[],
  at: number,
  isPlaceWord: (wordIndex: number) => boolean
): boolean {
  // A name after the possessive is a person or body of that state ("Egypt's Abdel Fattah al-Sisi",
  // "Seoul's Joint Chiefs of Staff"), unless it is a place ("Russia's Rostov region").
  const next = words[at + 1];
  if (
    next?.capital &&
    !isPlaceWord(at + 1) &&
    !possessedLiteral.has(next.lower) &&
    /^\s$/.test(text.slice(words[at]!.end + 2, next.start))
  )
    return false;
  let reading = true;
  for (let k = at + 1; k <= at + 6 && k < words.length; k++) {
    const word = words[k]!;
    if (PHRASE_END.test(text.slice(words[k - 1]!.end, word.start))) break;
    // Cue words first: "bid", "claims", "strikes" are nouns here although they can be verbs.
    if (possessedActor.has(word.lower)) reading = false;
    else if (possessedLiteral.has(word.lower)) reading = true;
    else if (
      nonSubjectGovernors.has(word.lower) ||
      auxiliaries.has(word.lower) ||
      irregularVerbs.has(word.lower)
    )
      break;
    if (word.possessive) break;
  }
  return reading;
}
