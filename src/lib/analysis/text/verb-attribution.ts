import headNouns from '../../../../geodata/knowledge/head-nouns.json';
import type { Range } from './range';
import type { Token } from './tokenize';
import { tokenSpan, type Attribution } from './attribution';
import { leadContent } from './lead-content';
import { describedName, sentenceSubject } from './described-name';
import { PRONOUNS, SPEAKER_NOUNS } from './speaker-words';
import {
  attributionVerbType,
  invertsWithSpeaker,
  onlyAttributesQuotes,
  onlyTrails,
  requiredFollower
} from './attribution-verbs';
import {
  isCircumstance,
  isPhraseBoundary,
  isQuoteMark,
  isSpeakerPhrase,
  phraseEndRightOf,
  phraseStartLeftOf,
  skipBackToSpeaker,
  startsAtBoundary
} from './speaker-phrase';

// Speech verbs that are also head nouns of first-level units (geodata/knowledge/head-nouns.json).
const HEAD_NOUN_VERBS = new Set(Object.keys(headNouns.admin1).filter((noun) => attributionVerbType(noun)));

const NEGATED_SPEAKER = /^(?:no|nobody|none|neither)$/;

// A verb after one of these is a noun ("amid reports of", "Russia’s demands").
const NOUN_BEFORE =
  /^(?:the|a|an|his|her|its|their|our|this|these|those|such|any|every|amid|of|new|further|recent|'s)$|'s$/;

/** The attribution built on tokens[i] when it is a speech verb with a speaker, else undefined. */
export function verbAttribution(
  tokens: Token[],
  i: number,
  sentence: Range,
  found: Attribution[]
): Attribution | undefined {
  const token = tokens[i]!;
  const asserts = attributionVerbType(token.lower) !== undefined;
  const type =
    attributionVerbType(token.lower) ?? (onlyAttributesQuotes(token.lower) ? 'statement' : undefined);
  if (!type || !/^\p{Ll}/u.test(token.text)) return undefined;
  const before = tokens[i - 1];
  // "reports of", "claims of" are nouns; "warned of" is still a verb.
  const nounOf = tokens[i + 1]?.lower === 'of' && /s$/.test(token.lower);
  // "the war has claimed the lives of …" takes lives, not a proposition.
  if (/^claim/.test(token.lower) && [tokens[i + 1]?.lower, tokens[i + 2]?.lower].includes('lives'))
    return undefined;
  if (nounOf || (before?.word && NOUN_BEFORE.test(before.lower))) return undefined;
  // "Zamfara state", "Lagos State said": a verb that is also a unit's head noun, right after a
  // capitalised name, is that noun.
  if (HEAD_NOUN_VERBS.has(token.lower) && before?.word && /^\p{Lu}/u.test(before.text)) return undefined;
  const verb = { start: token.start, end: token.end };
  // "declared a state of emergency", "announced a day of mourning": with a noun phrase for an
  // object these verbs perform an act; they assert a proposition only with a clause.
  const needsClause = type === 'statement' || /^announc/.test(token.lower);
  const rest = tokens.slice(i + 1);
  const follower = requiredFollower(token.lower);
  const followed = !follower || rest.slice(0, 16).some((t) => follower.test(t.lower));

  // "She was quoted by the radio as saying (that) A": the passive report names its speaker first.
  if (/^(?:saying|telling)$/.test(token.lower) && before?.lower === 'as') {
    const passive = quotedSpeaker(tokens, i - 1);
    const content = passive && leadContent(tokens, i, sentence);
    return passive && content
      ? { shape: 'lead', type, asserts, verb, speaker: passive, content, start: passive.start }
      : undefined;
  }
  // "…, saying (that) A": a participle shares the speaker of its sentence.
  if (token.lower.endsWith('ing')) {
    if (before?.text !== ',' || !followed || onlyTrails(token.lower)) return undefined;
    const subject = found[found.length - 1]?.speaker ?? speakingSubject(tokens);
    const content = leadContent(tokens, i, sentence);
    return subject && content
      ? { shape: 'lead', type, asserts, verb, speaker: subject, content, start: before.end }
      : undefined;
  }

  // ", said the Russian MOD" / "…,” said X": the speaker follows the verb.
  // "Ana Ruiz, the mayor, announced …": a comma closing an appositive is no inverted attribution.
  const appositive = before?.text === ',' && describedName(tokens, i - 1) !== undefined;
  if (
    before &&
    (before.text === ',' || isQuoteMark(before)) &&
    invertsWithSpeaker(token.lower) &&
    i > 1 &&
    !appositive
  ) {
    if (onlyTrails(token.lower)) return undefined;
    const end = phraseEndRightOf(tokens, i + 1);
    // "…, said the strike targeted “…”": a phrase running into an opening quote mark is a clause.
    const opensQuote = isQuoteMark(tokens[end]) && tokens[end + 1]?.word === true;
    // "X, the chief, said the barriers had held": a phrase with a finite verb is a clause, not a speaker.
    const finite = tokens.slice(i + 1, end).some((t) => FINITE.test(t.lower));
    if (
      (end === tokens.length || isPhraseBoundary(tokens[end])) &&
      !opensQuote &&
      !finite &&
      isSpeakerPhrase(tokens, i + 1, end)
    ) {
      const content = { start: sentence.start, end: before.start };
      return {
        shape: 'trail',
        type,
        asserts,
        verb,
        speaker: tokenSpan(tokens, i + 1, end),
        content,
        start: content.start
      };
    }
  }

  const last = skipBackToSpeaker(tokens, i);
  // "Moscow, which denies targeting civilians, says …": the antecedent speaks the relative clause,
  // which ends at its closing comma.
  if (/^(?:which|who)$/.test(tokens[last]?.lower ?? '') && tokens[last - 1]?.text === ',' && followed) {
    const first = phraseStartLeftOf(tokens, last - 1);
    const content = onlyTrails(token.lower) ? undefined : leadContent(tokens, i, sentence);
    if (!content || first === last - 1 || !isSpeakerPhrase(tokens, first, last - 1)) return undefined;
    const close = tokens.findIndex((t, k) => k > i && t.text === ',');
    if (close >= 0) content.end = Math.max(content.start, tokens[close]!.start);
    const speaker = tokenSpan(tokens, first, last - 1);
    return { shape: 'lead', type, asserts, verb, speaker, content, start: tokens[last]!.start };
  }
  // "Veniamin Kondratyev, the local governor, reported": the name before the description speaks.
  if (tokens[last]?.text === ',') {
    const name = describedName(tokens, last);
    // "…, Ana Silva, the deputy minister, said at a briefing.": a described speaker after the
    // clause, then only circumstances: the clause before the name is what is said.
    const opening = name ? tokens.findIndex((t) => t.start === name.start) : -1;
    const comma = tokens[opening - 1];
    if (name && opening > 2 && comma?.text === ',' && isCircumstance(token.lower, rest)) {
      const content = { start: sentence.start, end: comma.start };
      return { shape: 'trail', type, asserts, verb, speaker: name, content, start: content.start };
    }
    const content = name && followed ? leadContent(tokens, i, sentence, needsClause) : undefined;
    return name && content
      ? { shape: 'lead', type, asserts, verb, speaker: name, content, start: name.start }
      : undefined;
  }
  // "The MOD confirmed A and stated B": the second verb shares the first one's speaker.
  const previous = found[found.length - 1];
  const coordinated = /^(?:and|but|or)$/.test(tokens[last]?.lower ?? '');
  if (coordinated && previous?.shape === 'lead' && previous.verb.end <= tokens[last]!.start) {
    const content = followed ? leadContent(tokens, i, sentence) : undefined;
    return content
      ? { shape: 'lead', type, asserts, verb, speaker: previous.speaker, content, start: tokens[last]!.start }
      : undefined;
  }
  const first = phraseStartLeftOf(tokens, last + 1);
  if (!startsAtBoundary(tokens, first) || !isSpeakerPhrase(tokens, first, last + 1)) return undefined;
  // "No group claimed responsibility", "Nobody has said": a denied speaker asserts nothing.
  if (NEGATED_SPEAKER.test(tokens[first]!.lower)) return undefined;
  const stop = tokens[first - 1];
  const speaker = tokenSpan(tokens, first, last + 1);

  // "…, the Energy Ministry said (on Monday)." — nothing after the verb but circumstances.
  if (stop && (stop.text === ',' || isQuoteMark(stop)) && first > 2 && isCircumstance(token.lower, rest)) {
    // "The Kiev regime, she said, is committing …": a parenthetical attribution splits its clause,
    // which then runs on to the end of the sentence.
    const comma = rest.findIndex((t) => t.text === ',');
    const resumes =
      stop.text === ',' && comma >= 0 && resumesClause(tokens, first - 1, rest.slice(comma + 1));
    const content = { start: sentence.start, end: resumes ? sentence.end : stop.start };
    return { shape: 'trail', type, asserts, verb, speaker, content, start: content.start };
  }
  if (!followed || onlyTrails(token.lower)) return undefined;
  const content = leadContent(tokens, i, sentence, needsClause);
  if (!content) return undefined;
  // A relative pronoun opens the claim: "which Kyiv has rejected".
  const start = stop?.word && /^(?:which|who|that)$/.test(stop.lower) ? stop.start : speaker.start;
  return { shape: 'lead', type, asserts, verb, speaker, content, start };
}

// Words that open a new clause after "…, X said,": not the rest of a split one.
const NEW_CLAUSE =
  /^(?:as|while|when|after|before|amid|adding|saying|noting|but|and|which|who|where|although|though|because|since|citing|according)$/;

const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do)$/;

/**
 * Whether "A, X said, B" splits one clause: A is a short subject without a verb of its own
 * ("The Kiev regime") and B goes on with its verb ("is committing", "wants"), not with a
 * circumstance ("in the heaviest raid") or a new clause ("as", "while").
 */
function resumesClause(tokens: Token[], stop: number, after: Token[]): boolean {
  const before = tokens.slice(0, stop).filter((t) => t.word);
  const next = after[0];
  return (
    before.length > 0 &&
    before.length <= 5 &&
    !before.some((t) => FINITE.test(t.lower) || /^\p{Ll}+ed$/u.test(t.text)) &&
    next !== undefined &&
    next.word &&
    (FINITE.test(next.lower) || /^\p{Ll}+(?:s|ed)$/u.test(next.text)) &&
    !NEW_CLAUSE.test(next.lower)
  );
}

/**
 * The sentence's subject as the speaker of a participle ("The ministry said …, adding"), only when
 * it can speak: a name, a pronoun or a speaker noun; "The attack came …, promising" has none.
 */
function speakingSubject(tokens: Token[]): Range | undefined {
  const subject = sentenceSubject(tokens);
  if (!subject) return undefined;
  const words = tokens.filter((t) => t.word && t.start >= subject.start && t.end <= subject.end);
  const speaks = words.some(
    (t, k) =>
      (k > 0 && /^\p{Lu}/u.test(t.text)) ||
      (k === 0 && /^\p{Lu}/u.test(t.text) && !/^(?:the|a|an)$/.test(t.lower)) ||
      SPEAKER_NOUNS.has(t.lower) ||
      PRONOUNS.has(t.lower)
  );
  return speaks ? subject : undefined;
}

/**
 * The speaker of "X was quoted (by Y) as …" whose "as" is tokens[as]: the phrase before
 * "was quoted", when it reads as a speaker.
 */
function quotedSpeaker(tokens: Token[], as: number): Range | undefined {
  for (let k = as - 1; k > 0 && as - k <= 8; k--) {
    if (!tokens[k]!.word) return undefined;
    if (tokens[k]!.lower !== 'quoted') continue;
    const be = skipBackToSpeaker(tokens, k); // "was later quoted"
    if (!/^(?:was|were|is|are|been)$/.test(tokens[be]?.lower ?? '')) return undefined;
    const last = skipBackToSpeaker(tokens, be);
    const first = phraseStartLeftOf(tokens, last + 1);
    return startsAtBoundary(tokens, first) && isSpeakerPhrase(tokens, first, last + 1)
      ? tokenSpan(tokens, first, last + 1)
      : undefined;
  }
  return undefined;
}
