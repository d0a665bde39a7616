import type { Quote } from '../types';
import type { Range } from '../text/range';
import type { QuotedSpan } from '../text/scan-quote-marks';
import { readArticle, tokensIn, type Article } from '../text/read-article';
import { sentenceSubject } from '../text/described-name';
import { articleAttributions } from '../text/article-attributions';
import { findPeople } from './find-people';
import { attributeSpeaker } from './attribute-speaker';
import { resolveSpeaker, type Spoken } from './resolve-speaker';
import { previousParagraphSpeaker } from './previous-paragraph-speaker';
import { personBefore, type People } from './find-people';
import type { Attribution } from '../text/attribution';
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
  const spoken = spokenPeople(text, attributions.flat(), people);
  const quotes: Quote[] = [];
  const heard: Heard[] = [];
  for (const span of article.quoteMarks) {
    const content = quoteContent(text, span);
    const sentenceAt = units.find((s) => s.start <= span.open && span.open < s.end);
    const namedBy = namingSpeaker(article, span.open, sentenceAt);
    if (!content || (!namedBy && isTerm(text, span.open, content))) continue;
    const paragraph = paragraphs.find((p) => p.start <= span.open && span.open < p.end)!;
    const index = units.findIndex((s) => s.start <= span.open && span.open < s.end);
    const sentence = units[index] ?? paragraph;
    const before =
      span.open === paragraph.start ? units.filter((s) => s.end <= paragraph.start).pop() : undefined;
    const leadIn = before && text[before.end - 1] === ':' ? before : undefined;
    const setting = { sentence, paragraph, leadIn, attributions: attributions[index] ?? [] };
    const phrase = namedBy ?? attributeSpeaker(article, span, setting);
    const earlier = [
      ...voices.filter((v) => v.at < span.open).map((v) => v.name),
      ...quotes.map((q) => q.speaker!)
    ];
    const speaker = phrase
      ? (pronounAfterQuote(text, phrase, quotes, people) ??
        resolveSpeaker(article, phrase, people, earlier, spoken))
      : (inheritedSpeaker(text, span, setting, heard, paragraphs) ??
        previousParagraphSpeaker(article, span, paragraph, attributions, people, earlier, spoken));
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

const PERSONAL_PRONOUN = /^(?:he|she)$/i;

/**
 * The people who speak in the article, in order: a person named in an attribution's speaker
 * phrase, or the person a "he said" / "she said" stands for, with the phrase's words as titles.
 */
export function spokenPeople(text: string, attributions: readonly Attribution[], people: People): Spoken[] {
  const spoken: Spoken[] = [];
  for (const { speaker } of [...attributions].sort((a, b) => a.speaker.start - b.speaker.start)) {
    const phrase = text.slice(speaker.start, speaker.end);
    const named = people.find((m) => m.start < speaker.end && m.end > speaker.start);
    const person =
      named?.person ??
      (PERSONAL_PRONOUN.test(phrase.trim()) ? personBefore(people, speaker.start) : undefined);
    if (!person) continue;
    const words = new Set(
      phrase
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter(Boolean)
    );
    spoken.push({ at: speaker.start, person, words });
  }
  return spoken;
}

/** The text between the marks, trimmed, without a comma that stands for the full stop. */
function quoteContent(text: string, span: QuotedSpan): Range | null {
  let start = span.open + 1;
  let end = span.close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

// "what Israel's military called rebel “military targets”", "what it claimed were Israeli “spy
// headquarters”": a speaker's own label for something, quoted; the subject of the relative clause speaks.
const NAMING_BEFORE =
  /\bwhat\s+((?:the\s+)?(?:[\p{L}’'.-]+\s+){0,3}?[\p{L}’'.-]+)\s+(?:called|calls|call|described\s+as|describes\s+as|termed|terms|dubbed|labelled|labeled|branded|claimed\s+(?:was|were|is|are)|claims\s+(?:is|are)|said\s+(?:was|were))\s+(?:[\p{L}’'-]+\s+){0,2}$/u;

/**
 * The speaker of a quoted label named in a "what X called “…”" clause, or null; "what it called"
 * stands for the subject that opens the sentence ("Iraq’s government condemned what it called …").
 */
function namingSpeaker(article: Article, open: number, sentence: Range | undefined): Range | null {
  const { text } = article;
  const before = text.slice(Math.max(0, open - 120), open);
  const match = NAMING_BEFORE.exec(before);
  if (!match) return null;
  const start = open - before.length + match.index + match[0].indexOf(match[1]!, 4);
  if (/^(?:it|they)$/i.test(match[1]!) && sentence) {
    const subject = sentenceSubject(tokensIn(article, { start: sentence.start, end: start }));
    if (subject) return subject;
  }
  return { start, end: start + match[1]!.length };
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

/**
 * "“…,” the minister said. / “…,” she said.": a personal pronoun attributing a quote that follows
 * another quote, with nobody named in between, is that quote's speaker.
 */
function pronounAfterQuote(
  text: string,
  phrase: Range,
  quotes: readonly Quote[],
  people: People
): string | null {
  if (!/^(?:he|she)$/i.test(text.slice(phrase.start, phrase.end).trim())) return null;
  const previous = quotes[quotes.length - 1];
  if (!previous?.speaker || previous.end > phrase.start) return null;
  // At most the paragraph before: a pronoun further on may stand for anyone named since.
  if (
    text
      .slice(previous.end, phrase.start)
      .split('\n')
      .filter((line) => line.trim()).length > 2
  )
    return null;
  const between = people.some((m) => m.start >= previous.end && m.end <= phrase.start);
  const isPerson = people.some((m) => m.person.name === previous.speaker);
  return !between && isPerson ? previous.speaker : null;
}
