import type { Range } from '../text/range';
import { IRREGULAR_PLURALS, SINGULAR_COUNTS } from './quantity-words';

// Words that end a counted noun phrase: function words and common verbs.
const STOPS = new Set(
  (
    'and or but nor to in on at from by with without for of as than that which who whose when where while if ' +
    'after before since during across near into onto over under between among through about against toward ' +
    'towards per via is are was were be been being have has had do does did will would can could may might ' +
    'must shall should also not no the a an this these those its their our his her them it they we he she ' +
    'said says including such each every were remain remains than hit struck'
  ).split(' ')
);
const OF_PHRASE = /^\s+of\s+(?:(?:its|our|their|the|his|her|these|those|whom|which|them)\s+)?/i;
const NEXT_WORD = /^\s+([\p{L}][\p{L}’'-]*)/u;

/** Whether a word reads as a plural noun ("drones", "people", "casualties"). */
export function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    IRREGULAR_PLURALS.has(lower) ||
    /^[\p{L}][\p{L}’'-]*[^su’'\s]s$/u.test(lower) ||
    /ies$/.test(lower) ||
    /..(?:wo)?men$/.test(lower) // "fishermen", "gunmen", "servicewomen"
  );
}

/**
 * The noun phrase a count applies to, right after the number: "13 Russian-launched drones",
 * "95 of its soldiers", "four partially occupied eastern regions". Takes up to four words and
 * ends at the first plural noun among them (after "one": a person noun, "one civilian"), so
 * trailing verbs and prepositions stay out. Returns the noun and the end of the phrase, or null.
 */
export function countedNoun(
  text: string,
  from: number,
  singular: boolean
): { noun: string; end: number } | null {
  let at = from;
  const of = OF_PHRASE.exec(text.slice(at, at + 40));
  if (of) at += of[0].length - 1;
  const words: Range[] = [];
  while (words.length < 4) {
    const next = NEXT_WORD.exec(text.slice(at, at + 40));
    if (!next || STOPS.has(next[1]!.toLowerCase())) break;
    const start = at + next[0].length - next[1]!.length;
    words.push({ start, end: start + next[1]!.length });
    at = start + next[1]!.length;
  }
  const nouns = words.filter((w) => {
    const word = text.slice(w.start, w.end);
    return singular ? SINGULAR_COUNTS.has(word.toLowerCase()) : isPluralNoun(word);
  });
  // The first plural closes the phrase: "four people faces", "22 hit targets" read as people, targets.
  const head = nouns[0];
  if (!head) return null;
  const first = words[0]!;
  return { noun: text.slice(first.start, head.end), end: head.end };
}

/** The whole a share is taken of ("one-fifth of Ukraine", "12% of the country's capacity") and where it ends, or null. */
export function shareOf(text: string, from: number): { whole: string; end: number } | null {
  const of = /^\s+of\s+/i.exec(text.slice(from, from + 12));
  if (!of) return null;
  const words: string[] = [];
  let at = from + of[0].length - 1;
  while (words.length < 5) {
    const next = NEXT_WORD.exec(text.slice(at, at + 40));
    const word = next?.[1]?.toLowerCase() ?? '';
    if (!next || (words.length > 0 && (STOPS.has(word) || /ed$/.test(word) || word === 'never'))) break;
    words.push(next[1]!);
    at += next[0].length;
  }
  // A pronoun ("a third of it") or a possessor ("90% of the enclave’s 2.1 million people") is never
  // the counted noun: a pronoun leaves the whole unnamed; a possessor followed by a number gives
  // the whole to the noun that number counts.
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  if (words.length === 1 && PRONOUN.test(last)) return null;
  const number = POSSESSIVE.test(last) ? NUMBER_NEXT.exec(text.slice(at, at + 30)) : null;
  if (number) {
    const noun = countedNoun(text, at + number[0].length, false);
    return noun ? { whole: noun.noun, end: noun.end } : null;
  }
  return words.length > 0 ? { whole: words.join(' '), end: at } : null;
}

const PRONOUN = /^(?:it|them|us|those|these|this|that|which|whom|him|her|you|me)$/;
const POSSESSIVE = /['’]s?$/;
const NUMBER_NEXT = /^\s+\d[\d.,]*(?:\s+(?:thousand|million|billion|trillion))?/;
