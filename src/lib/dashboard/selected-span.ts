/** Words the analyst selected in the article: offsets into its text, end exclusive. */
export interface SelectedSpan {
  start: number;
  end: number;
  text: string;
}

// A drag or double-click often takes the space or the punctuation around the words with it.
const EDGE = /[\s.,;:!?"'“”‘’«»()[\]–—-]/u;

/**
 * The words of `text` between `start` and `end` (in either order), without the spaces and
 * punctuation at either end; null when nothing but those is selected.
 */
export function selectedSpan(text: string, start: number, end: number): SelectedSpan | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && EDGE.test(text[from]!)) from++;
  while (to > from && EDGE.test(text[to - 1]!)) to--;
  return from < to ? { start: from, end: to, text: text.slice(from, to) } : null;
}
