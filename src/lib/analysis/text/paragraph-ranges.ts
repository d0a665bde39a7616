import type { Range } from './range';

/**
 * The paragraphs of a text as trimmed ranges: wire copy separates paragraphs by one or more line
 * breaks, so every non-blank line is a paragraph.
 */
export function paragraphRanges(text: string): Range[] {
  const ranges: Range[] = [];
  const line = /[^\n]+/g;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    let start = match.index;
    let end = start + match[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) ranges.push({ start, end });
  }
  return ranges;
}
