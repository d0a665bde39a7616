import type { Range } from './range';
import type { Token } from './tokenize';
import { isHearerWord } from './attribution-verbs';

/** The clause a leading verb introduces: after "that" or ":" when it comes soon, else right after the verb. */
export function leadContent(tokens: Token[], i: number, sentence: Range): Range | undefined {
  let from = i + 1;
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
      break;
    }
    if (!token.word) break;
  }
  const first = tokens[from];
  return first ? { start: first.start, end: sentence.end } : undefined;
}
