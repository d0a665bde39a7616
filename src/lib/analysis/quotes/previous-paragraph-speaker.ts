import type { Range } from '../text/range';
import type { QuotedSpan } from '../text/scan-quote-marks';
import type { Article } from '../text/read-article';
import type { Attribution } from '../text/attribution';
import type { People } from './find-people';
import { resolveSpeaker, type Spoken } from './resolve-speaker';

// Speech, not a term: at least this many words and a sentence end inside the marks.
const MIN_WORDS = 8;
const LOOK_BACK = 2;

/**
 * "…, the minister added. / “We are ready. Shelters are open.”": a paragraph that is one whole
 * quotation of full sentences, with no attribution of its own, after one or two paragraphs whose last
 * attribution names a person (nobody else named since), is that person's. Null otherwise (a scare quote stays unattributed).
 */
export function previousParagraphSpeaker(
  article: Article,
  span: QuotedSpan,
  paragraph: Range,
  attributions: readonly Attribution[][],
  people: People,
  earlier: readonly string[],
  spoken: readonly Spoken[]
): string | null {
  const { text, paragraphs, units } = article;
  if (span.open !== paragraph.start || !span.closed) return null;
  if (/\S/.test(text.slice(span.close + 1, paragraph.end))) return null;
  const words = text.slice(span.open + 1, span.close).trim();
  if (words.split(/\s+/).length < MIN_WORDS || !/[.!?]["”’]?\s*$/.test(words)) return null;
  // The last attribution of the two paragraphs before, with nobody else named since.
  const index = paragraphs.indexOf(paragraph);
  const from = paragraphs[Math.max(0, index - LOOK_BACK)]!.start;
  const last = units
    .flatMap((unit, k) => (unit.start >= from && unit.end <= span.open ? attributions[k]! : []))
    .pop();
  if (!last || people.some((m) => m.start >= last.speaker.end && m.end <= span.open)) return null;
  const name = resolveSpeaker(article, last.speaker, people, earlier, spoken);
  return people.some((m) => m.person.name === name) ? name : null;
}
