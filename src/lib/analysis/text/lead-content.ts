import type { Range } from './range';
import type { Token } from './tokenize';
import { isHearerWord, requiredFollower } from './attribution-verbs';

const PREPOSITION =
  /^(?:in|at|on|during|after|before|from|via|with|near|outside|inside|by|ahead|following|amid|over)$/;
// Words that make what follows a clause rather than a noun phrase ("insisted the talks were …").
const FINITE = /^(?:is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|did|does|do)$/;

/** The clause a leading verb introduces: after "that" or ":" when it comes soon, else right after the verb. */
export function leadContent(
  tokens: Token[],
  i: number,
  sentence: Range,
  needsClause = false
): Range | undefined {
  let from = i + 1;
  let introduced = false;
  // "told Reuters the family …", "told state television that …": step over the hearer.
  if (/^(?:tell|tells|told|telling)$/.test(tokens[i]!.lower)) {
    while (from < tokens.length && from - i <= 4 && tokens[from]!.word) {
      const word = tokens[from]!;
      if (!(isHearerWord(word.lower) || /^\p{Lu}/u.test(word.text))) break;
      from++;
    }
  }
  for (let k = i + 1; k < Math.min(tokens.length, i + 12); k++) {
    const token = tokens[k]!;
    if (token.lower === 'that' || token.text === ':') {
      from = k + 1;
      introduced = true;
      break;
    }
    if (!token.word) break;
  }
  const first = tokens[from];
  // "according to Western estimates.": a verb with nothing but punctuation after it is a noun.
  if (!first || !tokens.slice(from).some((t) => t.word)) return undefined;
  // "… told a news conference in Sacramento.": a short prepositional phrase closing the sentence is
  // where the speaker spoke, not what was said.
  const words = tokens.slice(from).filter((t) => t.word);
  if (
    PREPOSITION.test(first.lower) &&
    words.length <= 6 &&
    !requiredFollower(tokens[i]!.lower) &&
    !words.some((t) => t.lower === 'that' || t.lower === 'to')
  )
    return undefined;
  // "declared a state of emergency", "stressed the importance of …": a verb of stating whose
  // object is a noun phrase performs an act; it asserts a proposition only with a clause.
  if (
    needsClause &&
    !introduced &&
    /^(?:a|an|the)$/.test(first.lower) &&
    !words.some((t) => FINITE.test(t.lower))
  )
    return undefined;
  return { start: first.start, end: sentence.end };
}
