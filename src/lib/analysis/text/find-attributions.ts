import type { Range } from './range';
import { tokenize, type Token } from './tokenize';
import { tokenSpan, trimRange, type Attribution } from './attribution';
import { verbAttribution } from './verb-attribution';

export type { Attribution } from './attribution';
export { trimRange } from './attribution';

const CONJUNCTION = /^(?:though|although|but|while|and|which|as|whereas)$/;
const CLAUSE_BREAK =
  /^(?:however|but|meanwhile|yet|still|though|instead|also|and|then|now|moreover|separately)$/;

/**
 * The attributions in one sentence, in order: a speaker phrase next to a speech verb (see
 * geodata/knowledge/claims-attribution-verbs.json) or "according to X". Pattern-matching over
 * tokens, no parser.
 */
export function findAttributions(
  text: string,
  sentence: Range,
  tokens: Token[] = tokenize(text, sentence.start, sentence.end),
  quoted?: (at: number) => boolean
): Attribution[] {
  const found: Attribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // A speech verb inside quotation marks is the speaker's own words, not an attribution.
    if (quoted?.(tokens[i]!.start)) continue;
    const attribution =
      tokens[i]!.lower === 'according' && tokens[i + 1]?.lower === 'to'
        ? according(tokens, i, sentence)
        : verbAttribution(tokens, i, sentence, found);
    if (attribution) found.push(attribution);
  }
  // A trailing attribution after another one in the same sentence asserts only its own clause
  // ("Israel says it allows 600 trucks, a figure aid agencies dispute").
  for (let i = 1; i < found.length; i++) {
    const current = found[i]!;
    const previous = found[i - 1]!;
    if (current.shape === 'trail' && current.content.start < previous.verb.end) {
      const clause = text.lastIndexOf(',', Math.min(current.speaker.start, current.verb.start));
      const start = clause > previous.verb.end ? clause + 1 : previous.verb.end;
      current.content = { start, end: Math.max(current.speaker.end, current.verb.end) };
      current.start = start;
      // "Moscow rejected the figures, Russian news agencies reported": nothing but the speaker
      // after the comma, so the clause is the earlier attribution's; this one asserts nothing new.
      if (!/\S/.test(text.slice(start, Math.min(current.speaker.start, current.verb.start))))
        current.asserts = false;
    }
  }
  // A lead clause runs until the next attribution begins ("… agreement, which Kyiv has rejected").
  for (let i = 0; i + 1 < found.length; i++) {
    const current = found[i]!;
    const next = found[i + 1]!;
    if (current.shape === 'lead' && next.start > current.content.start) {
      current.content = { start: current.content.start, end: Math.min(current.content.end, next.start) };
    }
  }
  for (const attribution of found) attribution.content = trimRange(text, attribution.content);
  return found;
}

/**
 * "According to X, A" asserts A after the comma; "A, according to X" and "A according to X,
 * though B" assert what comes before.
 */
function according(tokens: Token[], i: number, sentence: Range): Attribution | undefined {
  let end = i + 2;
  while (end < tokens.length && (tokens[end]!.word || /^[’'&-]$/.test(tokens[end]!.text))) end++;
  if (end === i + 2) return undefined;
  const speaker = tokenSpan(tokens, i + 2, end);
  const verb = tokenSpan(tokens, i, i + 2);
  // "According to X, A" opens the sentence or follows a clause break ("…, however, according to").
  const opensClause =
    i === 0 || (tokens[i - 1]!.text === ',' && (i === 1 || CLAUSE_BREAK.test(tokens[i - 2]!.lower)));
  const after = tokens[end + 1];
  const content =
    opensClause && tokens[end]?.text === ',' && after && !CONJUNCTION.test(after.lower)
      ? { start: after.start, end: sentence.end }
      : { start: sentence.start, end: tokens[i]!.start };
  return { shape: 'according', type: 'report', speaker, verb, content, start: content.start, asserts: true };
}
