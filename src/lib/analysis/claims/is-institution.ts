import { PERSON_NOUNS, ROLE_WORDS, SPEAKER_NOUNS } from '../text/speaker-words';
import type { People } from '../quotes/find-people';

const PERSONAL = /^(?:he|she|i)$/i;

/**
 * Whether a speaker phrase names an institution ("Ukraine’s energy ministry", "the Russian MOD",
 * "the Kremlin") rather than a person ("Kremlin spokesman Dmitry Peskov", "he", "Zelensky"). A
 * lone name without an institutional word is taken for a person.
 */
export function isInstitution(phrase: string, resolved: string, people: People): boolean {
  if (PERSONAL.test(phrase.trim())) return false;
  // "it said": only an institution is "it".
  if (/^it$/i.test(phrase.trim())) return true;
  if (people.some((m) => m.person.name === resolved && m.person.name.includes(' '))) return false;
  const words = phrase
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}.]+/u)
    .filter(Boolean);
  if (words.some((w) => ROLE_WORDS.has(w))) return false;
  if (words.some((w) => SPEAKER_NOUNS.has(w))) return true;
  // "one woman", "a farmer": a person, not a body.
  if (words.some((w) => PERSON_NOUNS.has(w))) return false;
  // "the air force", "a statement": a described speaker without a role word is not a person.
  if (/^(?:the|a|an|its)\s/i.test(phrase.trim())) return true;
  return /\b\p{Lu}{2,}\b|\b(?:\p{Lu}\.){2,}/u.test(phrase); // an acronym: "MOD", "RSF", "U.N."
}
