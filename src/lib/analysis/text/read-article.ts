import type { Range } from './range';
import { paragraphRanges } from './paragraph-ranges';
import { splitSentences } from './split-sentences';
import { scanQuoteMarks, type QuotedSpan } from './scan-quote-marks';
import { tokenize, type Token } from './tokenize';
import { joinQuotedSentences } from './join-quoted-sentences';

/** What every finder needs from an article's text, computed once. */
export interface Article {
  text: string;
  paragraphs: Range[];
  sentences: Range[];
  /** Sentences with those inside one quotation joined ("“A. B,” he said." is one unit). */
  units: Range[];
  tokens: Token[];
  quoteMarks: QuotedSpan[];
}

// One entry: quotes, figures and claims of the same text share one reading, and memory stays
// flat however many articles pass through.
let last: Article | undefined;

/** The paragraphs, sentences, tokens and quote marks of a text (the last text's are reused). */
export function readArticle(text: string): Article {
  if (last?.text === text) return last;
  const paragraphs = paragraphRanges(text);
  const sentences = splitSentences(text, paragraphs);
  const quoteMarks = scanQuoteMarks(text, paragraphs);
  const quoted = quoteMarks.map((q) => ({ start: q.open, end: q.close + 1 }));
  const units = joinQuotedSentences(sentences, quoted);
  last = { text, paragraphs, sentences, units, tokens: tokenize(text), quoteMarks };
  return last;
}

/** The article's tokens that lie inside a range. */
export function tokensIn(article: Article, range: Range): Token[] {
  const { tokens } = article;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.start < range.start) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < tokens.length && tokens[end]!.end <= range.end) end++;
  return tokens.slice(low, end);
}
