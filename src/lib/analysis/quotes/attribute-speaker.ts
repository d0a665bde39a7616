import type { Range } from '../text/range';
import type { Token } from '../text/tokenize';
import type { QuotedSpan } from '../text/scan-quote-marks';
import { tokensIn, type Article } from '../text/read-article';
import type { Attribution } from '../text/attribution';
import { tokenSpan } from '../text/attribution';
import { attributesQuote, invertsWithSpeaker } from '../text/attribution-verbs';
import {
  isSpeakerPhrase,
  phraseEndRightOf,
  phraseStartLeftOf,
  skipBackToSpeaker
} from '../text/speaker-phrase';

/** Where the text around a quote lives: its sentence and paragraph. */
export interface QuoteSetting {
  sentence: Range;
  /** The attributions found in that sentence. */
  attributions: Attribution[];
  paragraph: Range;
  /** The sentence ending the paragraph before, when the quote opens its own paragraph. */
  leadIn?: Range;
}

/**
 * The speaker phrase attributing a quote, or null for an unattributed quote (a scare quote, or
 * a quote whose speaker comes from an earlier one). Looks, in order, right after the closing
 * mark (",” Peskov said", ",” said the MOD"), right before the opening mark ("The president
 * said: “"), at the attributions of the sentence around it ("Zelensky accused Russia of
 * sending “…”", "… “…” according to Peskov"), then at a paragraph before that ends "he said:".
 */
export function attributeSpeaker(article: Article, quote: QuotedSpan, setting: QuoteSetting): Range | null {
  const { text } = article;
  return (
    // A quote closing on a full stop ends its sentence: what follows is the next sentence.
    (quote.closed && text[quote.close - 1] !== '.'
      ? speakerAfter(article, quote.close + 1, setting.paragraph.end)
      : null) ??
    speakerBefore(article, setting.sentence.start, quote.open) ??
    speakerInSentence(text, quote, setting.attributions) ??
    (setting.leadIn ? speakerBefore(article, setting.leadIn.start, setting.leadIn.end) : null)
  );
}

function speakerAfter(article: Article, from: number, end: number): Range | null {
  const tokens = tokensIn(article, { start: from, end: Math.min(end, from + 160) });
  const first = tokens[0] && /^[,—–-]$/.test(tokens[0].text) ? 1 : 0;
  const opening = tokens[first];
  if (!opening?.word) return null;
  if (attributesQuote(opening.lower) && invertsWithSpeaker(opening.lower)) {
    const stop = phraseEndRightOf(tokens, first + 1);
    return isSpeakerPhrase(tokens, first + 1, stop) ? tokenSpan(tokens, first + 1, stop) : null;
  }
  for (let k = first + 1; k < Math.min(tokens.length, first + 10) && tokens[k]!.word; k++) {
    const passive = quotedAsSaying(tokens, k);
    if (!attributesQuote(tokens[k]!.lower) && !passive) continue;
    const last = skipBackToSpeaker(tokens, passive ? k - 1 : k);
    return last >= first && isSpeakerPhrase(tokens, first, last + 1)
      ? tokenSpan(tokens, first, last + 1)
      : null;
  }
  return appositiveSpeaker(tokens, first);
}

/**
 * "…,” the head of the mission, Danielle Bell, said" / "…,” Danielle Bell, the head of the
 * mission, said": a speaker with an appositive between commas before the verb; the name wins.
 */
function appositiveSpeaker(tokens: Token[], first: number): Range | null {
  const comma = (from: number) => {
    for (let k = from; k < Math.min(tokens.length, from + 9); k++) {
      if (tokens[k]!.text === ',') return k;
      if (!tokens[k]!.word) return -1;
    }
    return -1;
  };
  const c1 = comma(first);
  const c2 = c1 > first ? comma(c1 + 1) : -1;
  const verb = tokens[c2 + 1];
  if (c2 < 0 || c2 === c1 + 1 || !verb?.word || !attributesQuote(verb.lower)) return null;
  const named = tokens.slice(c1 + 1, c2).every((t) => /^\p{Lu}/u.test(t.text)) && c2 - c1 <= 5;
  const [from, to] = named ? [c1 + 1, c2] : [first, c1];
  return isSpeakerPhrase(tokens, from, to) ? tokenSpan(tokens, from, to) : null;
}

/** "X said: “…", "X said in a statement: “…", "X said, “…": the speaker just before the opening mark. */
function speakerBefore(article: Article, from: number, open: number): Range | null {
  const tokens = tokensIn(article, { start: from, end: open });
  const n = tokens.length;
  if (n < 2 || !/^[:,]$/.test(tokens[n - 1]!.text)) return null;
  for (let verb = n - 2; verb >= Math.max(0, n - 8) && tokens[verb]!.word; verb--) {
    if (!attributesQuote(tokens[verb]!.lower)) continue;
    const last = skipBackToSpeaker(tokens, verb);
    const first = phraseStartLeftOf(tokens, last + 1);
    return isSpeakerPhrase(tokens, first, last + 1) ? tokenSpan(tokens, first, last + 1) : null;
  }
  return null;
}

/** The attribution of the sentence whose clause holds the quote. */
function speakerInSentence(text: string, quote: QuotedSpan, attributions: Attribution[]): Range | null {
  // After the quote only a verb of saying attributes it: not "…“a measure”, a phrase critics reject".
  const saying = (a: Attribution) =>
    a.shape !== 'trail' || attributesQuote(text.slice(a.verb.start, a.verb.end).toLowerCase());
  const holding = attributions.filter(
    (a) => a.content.start <= quote.open + 1 && a.content.end >= quote.close - 1 && saying(a)
  );
  const pick =
    holding.find((a) => a.shape !== 'lead') ??
    holding[holding.length - 1] ??
    attributions.find((a) => a.shape === 'according');
  return pick?.speaker ?? null;
}

// "…,” she was quoted as saying (by the daily)": the passive report of someone's words.
function quotedAsSaying(tokens: Token[], k: number): boolean {
  return (
    tokens[k]!.lower === 'quoted' &&
    tokens[k + 1]?.lower === 'as' &&
    /^(?:saying|telling)$/.test(tokens[k + 2]?.lower ?? '') &&
    /^(?:was|is|were|are|been)$/.test(tokens[k - 1]?.lower ?? '')
  );
}
