import type { Range } from './range';

/**
 * Sentences with those that fall inside one pair of quote marks joined, so that a quote of
 * several sentences and its attribution ("“A. B. C,” he said.") read as one unit.
 */
export function joinQuotedSentences(sentences: Range[], quoted: Range[]): Range[] {
  const joined: Range[] = [];
  for (const sentence of sentences) {
    const last = joined[joined.length - 1];
    const inside =
      last && quoted.some((q) => q.start < sentence.start && q.end > last.end && q.start >= last.start);
    if (last && inside) last.end = sentence.end;
    else joined.push({ start: sentence.start, end: sentence.end });
  }
  return joined;
}
