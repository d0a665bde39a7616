import type { Quote } from '../types';
import type { Range } from '../text/range';
import type { QuotedSpan } from '../text/scan-quote-marks';
import { readArticle } from '../text/read-article';
import { articleAttributions } from '../text/article-attributions';
import { findPeople } from './find-people';
import { attributeSpeaker } from './attribute-speaker';
import { resolveSpeaker } from './resolve-speaker';
import { inheritedSpeaker, type Heard } from './inherited-speaker';

/**
 * The direct quotations of an article with their speakers. Unattributed quoted phrases (scare
 * quotes) are left out; each paragraph of a multi-paragraph quote is its own quote.
 */
export function findQuotes(text: string): Quote[] {
  const article = readArticle(text);
  const { paragraphs, units } = article;
  const attributions = articleAttributions(article);
  const people = findPeople(article.tokens);
  // Everyone who has spoken so far, so "it said" and "the ministry said" find their institution.
  const voices = attributions.flat().map((a) => ({
    at: a.speaker.start,
    name: text.slice(a.speaker.start, a.speaker.end).replace(/^the\s+/i, '')
  }));
  const quotes: Quote[] = [];
  const heard: Heard[] = [];
  for (const span of article.quoteMarks) {
    const content = quoteContent(text, span);
    if (!content || isTerm(text, span.open, content)) continue;
    const paragraph = paragraphs.find((p) => p.start <= span.open && span.open < p.end)!;
    const index = units.findIndex((s) => s.start <= span.open && span.open < s.end);
    const sentence = units[index] ?? paragraph;
    const before =
      span.open === paragraph.start ? units.filter((s) => s.end <= paragraph.start).pop() : undefined;
    const leadIn = before && text[before.end - 1] === ':' ? before : undefined;
    const setting = { sentence, paragraph, leadIn, attributions: attributions[index] ?? [] };
    const phrase = attributeSpeaker(article, span, setting);
    const earlier = [
      ...voices.filter((v) => v.at < span.open).map((v) => v.name),
      ...quotes.map((q) => q.speaker!)
    ];
    const speaker = phrase
      ? resolveSpeaker(article, phrase, people, earlier)
      : inheritedSpeaker(text, span, setting, heard, paragraphs);
    heard.push({ span, speaker, paragraph });
    if (!speaker) continue;
    quotes.push({
      start: content.start,
      end: content.end,
      text: text.slice(content.start, content.end),
      speaker
    });
  }
  return quotes;
}

/** The text between the marks, trimmed, without a comma that stands for the full stop. */
function quoteContent(text: string, span: QuotedSpan): Range | null {
  let start = span.open + 1;
  let end = span.close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

// A name in the possessive or "so-called" right before the marks: "Russia’s “shadow fleet”".
const TERM_BEFORE = /(?:\bso-called|\b\p{Lu}[\p{L}-]*['’]s?)\s*$/u;

/**
 * Whether a quoted span is a term the journalist sets off (a scare quote) rather than someone's
 * words: a short phrase without punctuation, right after "so-called" or a possessive name.
 */
function isTerm(text: string, open: number, content: Range): boolean {
  const words = text.slice(content.start, content.end);
  if (/[.,!?;:]/.test(words) || words.split(/\s+/).length > 4) return false;
  return TERM_BEFORE.test(text.slice(Math.max(0, open - 40), open));
}
