import type { Range } from './range';
import type { Token } from './tokenize';
import { tokenSpan } from './attribution';
import { isPhraseBoundary, isSpeakerPhrase, phraseEndRightOf, phraseStartLeftOf } from './speaker-phrase';

// What opens a description after a name: an article, a relative pronoun, a lower-case role
// ("head of the office"), an age, or a possessor ("Ukraine’s human rights commissioner").
const DESCRIPTION = /^(?:the|a|an|who|which|whose|\p{Ll}[\p{L}-]*|\d+|\p{Lu}[\p{L}-]*['’]s)$/u;

/**
 * "X, the local governor, reported" / "X, who met Y on Friday, said" / "The governor, X,
 * said": the speaker named around a description set off by commas that ends at tokens[comma].
 */
export function describedName(tokens: Token[], comma: number): Range | undefined {
  for (let open = comma - 1; open > 0 && comma - open < 25; open--) {
    if (tokens[open]!.text !== ',') continue;
    // "Khartoum's governor, Ahmed Osman Hamza, told …": the name is the part between the commas.
    const between = tokens.slice(open + 1, comma);
    const titleFirst = phraseStartLeftOf(tokens, open);
    if (between.length <= 4 && between.every((t) => t.word && /^\p{Lu}/u.test(t.text)) && titleFirst === 0) {
      return isSpeakerPhrase(tokens, 0, open) ? tokenSpan(tokens, open + 1, comma) : undefined;
    }
    if (
      !DESCRIPTION.test(tokens[open + 1]?.text ?? '') &&
      !/^(?:The|A|An)$/.test(tokens[open + 1]?.text ?? '')
    )
      return undefined;
    const nameStart = phraseStartLeftOf(tokens, open);
    if (nameStart > 0 && !isPhraseBoundary(tokens[nameStart - 1])) return undefined;
    return isSpeakerPhrase(tokens, nameStart, open) ? tokenSpan(tokens, nameStart, open) : undefined;
  }
  return undefined;
}

/** The subject phrase that opens a sentence, when it reads as a speaker. */
export function sentenceSubject(tokens: Token[]): Range | undefined {
  const end = phraseEndRightOf(tokens, 0);
  return isSpeakerPhrase(tokens, 0, end) ? tokenSpan(tokens, 0, end) : undefined;
}
