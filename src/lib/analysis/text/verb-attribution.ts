import type { Range } from './range';
import type { Token } from './tokenize';
import { tokenSpan, type Attribution } from './attribution';
import { leadContent } from './lead-content';
import { describedName, sentenceSubject } from './described-name';
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
  skipBackToSpeaker
} from './speaker-phrase';

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
  const verb = { start: token.start, end: token.end };
  const rest = tokens.slice(i + 1);
  const follower = requiredFollower(token.lower);
  const followed = !follower || rest.slice(0, 16).some((t) => follower.test(t.lower));

  // "…, saying (that) A": a participle shares the speaker of its sentence.
  if (token.lower.endsWith('ing')) {
    if (before?.text !== ',' || !followed || onlyTrails(token.lower)) return undefined;
    const subject = found[found.length - 1]?.speaker ?? sentenceSubject(tokens);
    const content = leadContent(tokens, i, sentence);
    return subject && content
      ? { shape: 'lead', type, asserts, verb, speaker: subject, content, start: before.end }
      : undefined;
  }

  // ", said the Russian MOD" / "…,” said X": the speaker follows the verb.
  if (before && (before.text === ',' || isQuoteMark(before)) && invertsWithSpeaker(token.lower) && i > 1) {
    if (onlyTrails(token.lower)) return undefined;
    const end = phraseEndRightOf(tokens, i + 1);
    if ((end === tokens.length || isPhraseBoundary(tokens[end])) && isSpeakerPhrase(tokens, i + 1, end)) {
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
  // "Veniamin Kondratyev, the local governor, reported": the name before the description speaks.
  if (tokens[last]?.text === ',') {
    const name = describedName(tokens, last);
    const content = name && followed ? leadContent(tokens, i, sentence) : undefined;
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
  if (!isSpeakerPhrase(tokens, first, last + 1)) return undefined;
  const stop = tokens[first - 1];
  const speaker = tokenSpan(tokens, first, last + 1);

  // "…, the Energy Ministry said (on Monday)." — nothing after the verb but circumstances.
  if (stop && (stop.text === ',' || isQuoteMark(stop)) && first > 2 && isCircumstance(token.lower, rest)) {
    const content = { start: sentence.start, end: stop.start };
    return { shape: 'trail', type, asserts, verb, speaker, content, start: content.start };
  }
  if (!followed || onlyTrails(token.lower)) return undefined;
  const content = leadContent(tokens, i, sentence);
  if (!content) return undefined;
  // A relative pronoun opens the claim: "which Kyiv has rejected".
  const start = stop?.word && /^(?:which|who|that)$/.test(stop.lower) ? stop.start : speaker.start;
  return { shape: 'lead', type, asserts, verb, speaker, content, start };
}
