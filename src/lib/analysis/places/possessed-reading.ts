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
    !namesFacility(words, at + 1) &&
    /^\s$/.test(text.slice(words[at]!.end + 2, next.start))
  )
    return false;
  let reading = true;
  let cued = false;
  for (let k = at + 1; k <= at + 6 && k < words.length; k++) {
    const word = words[k]!;
    // "Iran’s “aggression”": a quote mark right after the possessive opens the possessed noun.
    const gap = text.slice(words[k - 1]!.end, word.start);
    if (PHRASE_END.test(k === at + 1 ? gap.replace(/^['’ʼ]s/, '').replace(/["“‘]/g, '') : gap)) break;
    // "Sanaa’s international airport resumed services": a past-tense verb after the cue ends the phrase.
    if (cued && word.lower.endsWith('ed') && !word.capital) break;
    // Cue words first: "bid", "claims", "strikes" are nouns here although they can be verbs.
    const actor = possessedActor.has(word.lower);
    if (actor || possessedLiteral.has(word.lower)) {
      reading = !actor;
      cued = true;
    } else if (
      nonSubjectGovernors.has(word.lower) ||
      auxiliaries.has(word.lower) ||
      irregularVerbs.has(word.lower)
    )
      break;
    if (word.possessive) break;
  }
  return reading;
}

// "Israel’s Ben Gurion Airport": a capitalised name after the possessive that ends in a facility noun.
function namesFacility(words: readonly Word[], from: number): boolean {
  for (let k = from; k < from + 5 && words[k]?.capital; k++)
    if (possessedLiteral.has(words[k]!.lower) && FACILITY_HEADS.has(words[k]!.lower)) return true;
  return false;
}
const FACILITY_HEADS = new Set([
  'airport',
  'port',
  'seaport',
  'station',
  'hospital',
  'bridge',
  'dam',
  'refinery',
  'pipeline',
  'terminal',
  'highway',
  'base',
  'market',
  'university',
  'mosque',
  'church',
  'stadium',
  'airfield',
  'harbour',
  'harbor'
]);
