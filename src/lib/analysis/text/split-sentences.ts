import { abbreviations } from './abbreviations';
import type { Range } from './range';
import { paragraphRanges } from './paragraph-ranges';

// Capitalised function words that begin a new sentence after an initialism ("… in the U.S. The …").
const SENTENCE_STARTERS = new Set(
  'the a an in on at it he she they we but and this that these those its his her their there since after'.split(
    ' '
  )
);

// A stop before whitespace; or before a double quote glued to the next sentence ("….”The").
const END = /[.!?]+(?:["”“’')\]]*(?=\s)|(?=["”“]\p{Lu}))/gu;

/** Whether the period ending at `dot` belongs to an abbreviation rather than closing a sentence. */
function isAbbreviation(text: string, dot: number, nextWord: string): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1]!;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "John F. Kennedy"
  if (word.includes('.')) return !SENTENCE_STARTERS.has(nextWord.toLowerCase()); // "U.N." initialism
  return abbreviations.has(word.toLowerCase());
}

/**
 * Sentences of a text as trimmed ranges, never crossing a paragraph break. A sentence ends at
 * ".", "!" or "?" (with any closing quote marks) before whitespace and an upper-case letter,
 * digit or opening mark, unless the period belongs to an abbreviation.
 */
export function splitSentences(text: string, paragraphs: Range[] = paragraphRanges(text)): Range[] {
  const sentences: Range[] = [];
  for (const paragraph of paragraphs) {
    const body = text.slice(paragraph.start, paragraph.end);
    let start = 0;
    END.lastIndex = 0;
    for (let match = END.exec(body); match; match = END.exec(body)) {
      const end = match.index + match[0].length;
      const glued = /^["”“](\p{Lu}[\p{L}]*)/u.exec(body.slice(end));
      if (glued) {
        // "….”The": the mark closes this sentence's quotation when one is open, else opens the next.
        const opened =
          (body.slice(start, end).match(/“/g)?.length ?? 0) >
          (body.slice(start, end).match(/”/g)?.length ?? 0);
        const cut = opened ? end + 1 : end;
        sentences.push({ start: paragraph.start + start, end: paragraph.start + cut });
        start = cut;
        continue;
      }
      const rest = /^\s+(["“‘'([]?)([\p{Lu}\p{N}][\p{L}]*)?/u.exec(body.slice(end));
      if (!rest || (!rest[2] && !rest[1])) continue;
      if (match[0][0] === '.' && match[0].length === 1 && isAbbreviation(body, match.index, rest[2] ?? '')) {
        continue;
      }
      sentences.push({ start: paragraph.start + start, end: paragraph.start + end });
      start = end + rest[0].length - (rest[1]!.length + (rest[2]?.length ?? 0));
    }
    if (start < body.length) sentences.push({ start: paragraph.start + start, end: paragraph.end });
  }
  return sentences;
}
