import type { Token } from './tokenize';
import { attributionVerbType, isHearerWord } from './attribution-verbs';
import { PERSON_NOUNS, PRONOUNS, SPEAKER_NOUNS } from './speaker-words';

const QUOTE_MARK = /^["“”„«»‘’']$/;
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;
// Words that may sit between a speaker and the verb ("Zelensky had earlier accused").
const BETWEEN = new Set(
  (
    'also has have had earlier later previously then again further repeatedly separately already recently ' +
    'reportedly now initially subsequently once would will could may might yet still officially publicly ' +
    'firmly flatly strongly categorically quickly swiftly immediately'
  ).split(' ')
);
const NOT_ADVERBS = new Set('family ally assembly supply rally italy'.split(' '));
// Words a speaker phrase never contains: clause openers, prepositions of setting, forms of "be".
const BREAKS = new Set(
  (
    'that which who whom whose and but or nor while when where as because although though if after before ' +
    'since until amid with without from by at into onto to than so yet is are was were be been being do does ' +
    'did not there here whether how what why during despite regarding following over under about'
  ).split(' ')
);
const CONNECTORS = new Set(['of', 'for', 'on', 'in', 'and', 'de', 'al', 'bin']);

// What may follow a trailing "…, X said": time, place or manner, never a new clause.
const CIRCUMSTANCES = new Set(
  (
    'on in at during after before late early earlier later today yesterday tonight last this when while as via ' +
    'through from overnight monday tuesday wednesday thursday friday saturday sunday citing quoting'
  ).split(' ')
);

/**
 * Whether the tokens after a verb are only circumstances ("said on Monday", "told Reuters",
 * "said when asked about …"), so the verb closes its sentence rather than opening a clause.
 */
export function isCircumstance(verb: string, rest: Token[]): boolean {
  // Only the stretch up to the next comma matters: "said Tuesday, as a fire burned …".
  const comma = rest.findIndex((t) => t.text === ',');
  const words = (comma < 0 ? rest : rest.slice(0, comma)).filter(
    (t) => t.word || t.text === ':' || isQuoteMark(t)
  );
  if (words.length === 0) return true;
  if (words.length > 14 || words.some((t) => t.lower === 'that' || !t.word)) return false;
  const first = words[0]!;
  if (CIRCUMSTANCES.has(first.lower)) return true;
  if (!/^tol[dl]/.test(verb)) return false;
  // "told Reuters", "told reporters on Monday", "told a news conference in Sacramento": the
  // hearer, then nothing or circumstances only.
  let k = 0;
  while (k < words.length && k < 5 && (isHearerWord(words[k]!.lower) || /^\p{Lu}/u.test(words[k]!.text))) k++;
  return k > 0 && (k === words.length || CIRCUMSTANCES.has(words[k]!.lower) || words.length <= 3);
}

/** Whether a token is punctuation that closes a phrase (comma, colon, bracket, dash, quote mark). */
export function isPhraseBoundary(token: Token | undefined): boolean {
  return token !== undefined && !token.word;
}

/** Whether a token is a quotation mark of any shape. */
export function isQuoteMark(token: Token | undefined): boolean {
  return token !== undefined && QUOTE_MARK.test(token.text);
}

/** Index of the first token left of `verb` that is not an adverb or auxiliary ("has firmly"). */
export function skipBackToSpeaker(tokens: Token[], verb: number): number {
  let j = verb - 1;
  for (;;) {
    const token = tokens[j];
    // "the military intelligence agency (HUR) said": step over a bracketed short name.
    if (token?.text === ')' && tokens[j - 2]?.text === '(' && tokens[j - 1]?.word) {
      j -= 3;
      continue;
    }
    if (!token?.word) return j;
    if (WEEKDAYS.test(token.lower) && tokens[j - 1]?.lower === 'on') j -= 2;
    else if (BETWEEN.has(token.lower) || (/^[a-z]{3,}ly$/.test(token.text) && !NOT_ADVERBS.has(token.lower)))
      j--;
    else return j;
  }
}

/** Whether tokens[from, to) read as a speaker: a name, a pronoun or a phrase headed by a speaker noun. */
export function isSpeakerPhrase(tokens: Token[], from: number, to: number): boolean {
  const length = to - from;
  if (length < 1 || length > 10) return false;
  const first = tokens[from]!;
  if (CONNECTORS.has(first.lower) || isBreak(first)) return false;
  if (length === 1 && PRONOUNS.has(first.lower)) return true;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (!token.word || (isBreak(token) && !joinsSpeakers(tokens, i)) || PRONOUNS.has(token.lower))
      return false;
    if (
      attributionVerbType(token.lower) &&
      i > from &&
      /^\p{Ll}/u.test(token.text) &&
      !verbAsModifier(tokens, i)
    )
      return false;
  }
  // "the air force", "its press service": a determiner and a noun next to a speech verb speak.
  if (length >= 2 && /^(?:the|a|an|its|his|her|their)$/.test(first.lower)) return true;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (/^\p{Lu}/u.test(token.text) && !(i === from && /^(?:the|a|an)$/.test(token.lower))) return true;
    const noun = token.lower.replace(/'s$/, '');
    if (SPEAKER_NOUNS.has(noun) || PERSON_NOUNS.has(noun)) return true;
  }
  return false;
}

/**
 * The start index of the phrase that ends just before `end` (exclusive), walking left over words
 * until punctuation, a clause opener or another attribution verb; `end` when there is none.
 */
export function phraseStartLeftOf(tokens: Token[], end: number): number {
  let k = end - 1;
  while (k >= 0 && end - k <= 10) {
    const token = tokens[k]!;
    if (
      !token.word ||
      (attributionVerbType(token.lower) && /^\p{Ll}/u.test(token.text) && !verbAsModifier(tokens, k))
    )
      break;
    if (isBreak(token) && !joinsSpeakers(tokens, k)) break;
    k--;
  }
  return k + 1;
}

/** The end index (exclusive) of the phrase starting at `start`, up to punctuation or a clause opener. */
export function phraseEndRightOf(tokens: Token[], start: number): number {
  let k = start;
  while (k < tokens.length && tokens[k]!.word && k - start < 12) {
    const token = tokens[k]!;
    if (isBreak(token) && !CONNECTORS.has(token.lower)) break;
    k++;
  }
  return k;
}

// Only lower-case words break a phrase: "WHO" is an organisation, not a pronoun.
function isBreak(token: Token): boolean {
  return BREAKS.has(token.lower) && token.text !== token.text.toUpperCase();
}

function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && token.word && /^\p{Lu}/u.test(token.text);
}

const isSpeakerNoun = (token: Token | undefined) => {
  const noun = token?.word ? token.lower.replace(/'s$/, '') : '';
  return SPEAKER_NOUNS.has(noun) || PERSON_NOUNS.has(noun);
};

/**
 * Whether the break word at tokens[k] joins one speaker phrase: "and" between names or speaker
 * nouns ("Egypt and Qatar", "a medical source and witnesses"), "from" after a speaker noun
 * ("officials from both countries").
 */
function joinsSpeakers(tokens: Token[], k: number): boolean {
  const word = tokens[k]!.lower;
  const left = tokens[k - 1];
  const right = tokens[k + 1];
  if (word === 'and')
    return (isCapitalised(left) || isSpeakerNoun(left)) && (isCapitalised(right) || isSpeakerNoun(right));
  return word === 'from' && isSpeakerNoun(left) && right?.word === true;
}

/**
 * Whether a phrase found by phraseStartLeftOf starts at a real boundary (the sentence start,
 * punctuation, a clause opener or a speech verb) rather than where the walk ran out of length
 * ("… prisoners on Friday in the first stage of an exchange agreed").
 */
export function startsAtBoundary(tokens: Token[], first: number): boolean {
  const before = tokens[first - 1];
  return (
    before === undefined ||
    !before.word ||
    isBreak(before) ||
    (attributionVerbType(before.lower) !== undefined && /^\p{Ll}/u.test(before.text))
  );
}

/** "the state minister", ", state media": a speech verb's form right before a speaker noun modifies it. */
function verbAsModifier(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  // "…, state television reported": after punctuation too, the verb's form is a modifier.
  return (
    isSpeakerNoun(tokens[i + 1]) &&
    (!before?.word || /^(?:the|a|an|its|his|her|their|our)$/.test(before.lower))
  );
}
