import type { Range } from './range';
import { paragraphRanges } from './paragraph-ranges';

/** One stretch of quoted text: the marks and the content between them. */
export interface QuotedSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the paragraph end when the quote runs on to the next paragraph. */
  close: number;
  /** false when no closing mark was found before the paragraph end. */
  closed: boolean;
  /** true for ‘single’ or 'single' marks. */
  single: boolean;
}

const DOUBLE = /["“”„«»]/g;
// A single mark opens after a space or bracket and before a letter; it closes after a letter or
// punctuation and before a space or punctuation. That rules out apostrophes inside words
// ("Russia’s", "don't"); plural possessives ("soldiers’ families") can still close too early.
const SINGLE_OPEN = /(?<=^|[\s([—–])[‘'](?=[\p{L}\p{N}])/gu;
const SINGLE_CLOSE = /(?<=[\p{L}\p{N}.,!?])[’'](?=$|[\s.,;:!?)\]—–])/gu;

function doubleQuotes(text: string, paragraph: Range): QuotedSpan[] {
  const marks: number[] = [];
  DOUBLE.lastIndex = paragraph.start;
  for (let match = DOUBLE.exec(text); match && match.index < paragraph.end; match = DOUBLE.exec(text)) {
    marks.push(match.index);
  }
  // Marks pair up in order, whatever their shape: wire copy often closes with an opening mark
  // (“…“). An odd mark out opens a quote that continues in the next paragraph.
  const spans: QuotedSpan[] = [];
  for (let i = 0; i < marks.length; i += 2) {
    const open = marks[i]!;
    const close = marks[i + 1];
    spans.push({ open, close: close ?? paragraph.end, closed: close !== undefined, single: false });
  }
  return spans;
}

function singleQuotes(text: string, paragraph: Range, inside: QuotedSpan[]): QuotedSpan[] {
  const body = text.slice(paragraph.start, paragraph.end);
  if (!body.includes('‘') && !body.includes("'")) return [];
  const spans: QuotedSpan[] = [];
  const within = (index: number) => inside.some((q) => index > q.open && index < q.close);
  SINGLE_OPEN.lastIndex = 0;
  for (let match = SINGLE_OPEN.exec(body); match; match = SINGLE_OPEN.exec(body)) {
    const open = paragraph.start + match.index;
    if (within(open)) continue;
    SINGLE_CLOSE.lastIndex = match.index + 1;
    const closing = SINGLE_CLOSE.exec(body);
    if (!closing) continue;
    const close = paragraph.start + closing.index;
    if (within(close)) continue;
    spans.push({ open, close, closed: true, single: true });
    SINGLE_OPEN.lastIndex = closing.index + 1;
  }
  return spans;
}

/**
 * Every quoted stretch of a text, in order: double marks of any shape paired within each
 * paragraph, plus single-mark quotes outside them (whether those are real quotations is for the
 * caller to decide from attribution).
 */
export function scanQuoteMarks(text: string, paragraphs: Range[] = paragraphRanges(text)): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  for (const paragraph of paragraphs) {
    const doubles = doubleQuotes(text, paragraph);
    spans.push(...doubles, ...singleQuotes(text, paragraph, doubles));
  }
  return spans.sort((a, b) => a.open - b.open);
}
