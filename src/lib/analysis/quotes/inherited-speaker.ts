import type { Range } from '../text/range';
import type { QuotedSpan } from '../text/scan-quote-marks';
import type { QuoteSetting } from './attribute-speaker';

/** A quoted span already seen, with the speaker it was given (null when none). */
export interface Heard {
  span: QuotedSpan;
  speaker: string | null;
  paragraph: Range;
}

/**
 * The speaker a quote without attribution of its own takes from the quotes before it, or null.
 * Three wire conventions: a paragraph that opens with a mark while the previous quote ran past
 * its paragraph continues that quote; a quote that opens a sentence after an attributed quote
 * in the same paragraph ("“A,” he said. “B.”") is the same speaker's; and a paragraph that is
 * one whole quote right after a paragraph of quotation is the same speaker's too.
 */
export function inheritedSpeaker(
  text: string,
  span: QuotedSpan,
  setting: QuoteSetting,
  heard: Heard[],
  paragraphs: Range[]
): string | null {
  const previous = heard[heard.length - 1];
  if (!previous?.speaker) return null;
  const { paragraph, sentence } = setting;
  const opensParagraph = span.open === paragraph.start;
  if (opensParagraph && !previous.span.closed && previous.paragraph.start < paragraph.start)
    return previous.speaker;
  if (span.open === sentence.start && previous.paragraph === paragraph) return previous.speaker;
  const index = paragraphs.indexOf(paragraph);
  const wholeParagraph =
    opensParagraph && (!span.closed || /^\s*$/.test(text.slice(span.close + 1, paragraph.end)));
  return wholeParagraph && previous.paragraph === paragraphs[index - 1] ? previous.speaker : null;
}
