import { phraseAlternation } from '../text/phrase-alternation';
import type { FigureReading } from './figure-reading';
import { HALF_OF_SCALE } from './figure-value';
import { figureValue, toNumber } from './figure-value';
import { readOrdinal } from './read-ordinal';
import { parseNumberWords } from './parse-number-words';
import { isNotACount } from './is-not-a-count';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, EXACT_HEDGES, HEDGES, UNITS } from './quantity-words';
import { countedNoun, isPluralNoun, shareOf } from './counted-noun';

const HEDGE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${phraseAlternation(HEDGES)})\\s+$`, 'iu');
const CURRENCY_BEFORE = /(US\$|\$|€|£|¥|₴|₽|₹|USD|EUR|UAH|RUB|GBP)\s?$/;
const CURRENCY_AFTER = new RegExp(
  `^\\s+(?:US\\s+)?(${phraseAlternation(CURRENCY_WORDS.keys())})(?![\\p{L}])`,
  'iu'
);
const UNIT_AFTER = new RegExp(`^[-\\s]*(${phraseAlternation(UNITS.keys())})(?![\\p{L}])`, 'iu');
const MAGNITUDE_BEFORE = /\bmagnitude[\s-]+$/i;
const MINUS_BEFORE = /(?:\bminus\s+|−)$/i;
// "the first half of the year" is a period, not a share.
const PERIOD_HALF_BEFORE = /\b(?:the|first|second|latter|other|next|last)\s+$/i;
const PERCENT_AFTER = /^\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)/i;
const RANGE_AFTER = /^\s*(?:-|–|—|to)\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?!\p{L})/u;
// "between 10 and 15" is one range; "185 and 165 deaths" are two figures.
const AND_RANGE_AFTER = /^\s*and\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?!\p{L})/u;
const BETWEEN_BEFORE = /\bbetween\s+(?:\p{Sc}\s?)?$/iu;
// "three to four cycles": a range written in number words.
const WORD_RANGE_AFTER = /^\s*(?:to|-|–)\s*([a-z]+(?:-[a-z]+)?)(?![\p{L}-])/iu;
// "a sixth day", "a third attempt": an ordinal after "a", not a share (a share takes "of" or stands alone).
const ORDINAL_NOT_SHARE = /^(?:a|an)[-\s]+(?!half)\p{L}+$/iu;
const NOUN_NEXT = /^\s+(?!of\b)\p{Ll}/u;
// "is one of the …", "as one of the …": a predicate classifies, it does not count.
const PREDICATIVE_BEFORE =
  /\b(?:as|is|are|was|were|be|been|being|remain|remains|remained|become|becomes|became|among)\s+$/i;
const SUPERLATIVE_AFTER = /^\s+of\s+(?:the|its|their|his|her|our)\s+(?:most|least|\p{L}+est)\b/iu;
const OF_ANTECEDENT = /^\s+of\s+(?:whom|which|them)\b/i;
const EACH_AFTER = /^\s+each\b/i;
/**
 * Interprets one candidate match as a figure — value, hedge, unit and counted noun — or returns
 * null when the context shows it is not a count (date, year, time, age, duration, label, "one of").
 */
export function readFigure(text: string, match: RegExpExecArray): FigureReading | null {
  const groups = match.groups ?? {};
  let start = match.index;
  let end = start + match[0].length;
  const ordinal = groups.ordinal || groups.ordinalWord;
  if (ordinal) return readOrdinal(text, start, end, groups);
  if (groups.digits && /^\p{L}/u.test(text.slice(end, end + 1)) && !UNIT_AFTER.test(text.slice(end, end + 8)))
    return null;
  if (!groups.vague && !groups.fraction && !groups.ratio && isNotACount(text, start, end, groups.digits))
    return null;
  const lookBehind = text.slice(Math.max(0, start - 12), start);
  if (groups.fraction && /^half$/i.test(groups.fraction) && PERIOD_HALF_BEFORE.test(lookBehind)) return null;
  if (groups.fraction && ORDINAL_NOT_SHARE.test(groups.fraction) && NOUN_NEXT.test(text.slice(end, end + 4)))
    return null;
  let value = figureValue(groups, text, end);
  if (value === undefined) return null;

  if (typeof value === 'number' && MINUS_BEFORE.test(lookBehind)) {
    value = -value;
    start -= MINUS_BEFORE.exec(lookBehind)![0].length;
  }
  let approx = Array.isArray(value);
  // "half a million": the scale after "half" belongs to the figure.
  const halfOf = groups.fraction ? HALF_OF_SCALE.exec(text.slice(end, end + 20)) : null;
  if (halfOf) end += halfOf[0].length;
  let unit: string | undefined;
  const currency = groups.digits ? CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 4), start)) : null;
  if (currency) {
    unit = CURRENCY_SYMBOLS.get(currency[1]!);
    start -= currency[0].length;
  } else if (groups.suffix && /^[mk]$/i.test(groups.suffix) && !countedNoun(text, end, false)) {
    return null; // "100m" without a currency or a counted noun is metres, not "1.5m people"
  }
  const after = text.slice(end, end + 40);
  const range = groups.digits
    ? (RANGE_AFTER.exec(after) ?? (BETWEEN_BEFORE.test(lookBehind) ? AND_RANGE_AFTER.exec(after) : null))
    : null;
  const wordRange = groups.words ? WORD_RANGE_AFTER.exec(after) : null;
  const upperWord = wordRange ? parseNumberWords(wordRange[1]!) : undefined;
  if (range && typeof value === 'number') {
    value = [value, toNumber(range[1]!)];
    approx = true;
    end += range[0].length;
  } else if (wordRange && upperWord !== undefined && typeof value === 'number' && upperWord > value) {
    value = [value, upperWord];
    approx = true;
    end += wordRange[0].length;
  }
  const rest = text.slice(end, end + 40);
  const percent = PERCENT_AFTER.exec(rest);
  const money = CURRENCY_AFTER.exec(rest);
  const measure = !percent && !money ? UNIT_AFTER.exec(rest) : null;
  const suffix = percent ?? money ?? measure;
  let counts = '';
  if (suffix) {
    unit = percent
      ? '%'
      : money
        ? CURRENCY_WORDS.get(money[1]!.toLowerCase().replace(/\s+/g, ' '))
        : UNITS.get(measure![1]!.toLowerCase().replace(/\s+/g, ' '));
    counts = measure ? unit! : '';
    end += suffix[0].length;
    // "8% to 8.5%", "10 km to 15 km": the unit repeated on both ends of a range.
    const upper = typeof value === 'number' ? RANGE_AFTER.exec(text.slice(end, end + 40)) : null;
    const again = upper ? text.slice(end + upper[0].length, end + upper[0].length + 40) : '';
    const repeated = percent ? PERCENT_AFTER.exec(again) : measure ? UNIT_AFTER.exec(again) : null;
    if (upper && repeated && typeof value === 'number') {
      value = [value, toNumber(upper[1]!)];
      approx = true;
      end += upper[0].length + repeated[0].length;
    }
  } else if (MAGNITUDE_BEFORE.test(lookBehind)) {
    unit = 'magnitude';
    counts = 'magnitude';
  } else if (!unit && !groups.fraction) {
    // "one" counts only with its noun: "one person", never "one of the …" or a bare "one".
    const singular = value === 1;
    // "one of the welders", "one of whom" count a member of a set; "one of the most …" classifies.
    const memberOf = singular && /^\s+of\b/i.test(rest);
    if (memberOf && (PREDICATIVE_BEFORE.test(lookBehind) || SUPERLATIVE_AFTER.test(rest))) return null;
    if (singular && /^\s+another\b/i.test(rest)) return null;
    const noun = countedNoun(text, end, singular && !memberOf);
    if (noun) {
      counts = noun.noun;
      end = noun.end;
    } else if (memberOf && OF_ANTECEDENT.test(rest)) {
      counts = antecedentNoun(text.slice(Math.max(0, start - 60), start)) ?? '';
    } else if (singular && !EACH_AFTER.test(rest)) return null;
  }
  // A share names its whole after "of" ("one-fifth of Ukraine"); the span stays on the share.
  const share = !counts && (groups.fraction || unit === '%') ? shareOf(text, end) : null;
  if (share) counts = share.whole;

  // A conversion in brackets ("70 kilometers (43 miles)", "€50 billion ($54 billion)") is rounded.
  if (unit && /\d[^()]*\(\s*$/.test(text.slice(Math.max(0, start - 40), start))) approx = true;
  const windowStart = Math.max(0, start - 30);
  const hedge = HEDGE_BEFORE.exec(text.slice(windowStart, start));
  if (hedge) {
    start = windowStart + hedge.index + hedge[0].search(/\p{L}/u);
    approx = approx || !EXACT_HEDGES.has(hedge[1]!.toLowerCase().replace(/\s+/g, ' '));
  }
  const reading: FigureReading = { start, end, value, approx, counts };
  if (unit) reading.unit = unit;
  if (share) reading.wholeEnd = share.end;
  return reading;
}

/** The last plural noun before "one of whom" ("two neighbours, one of whom"): what "whom" stands for. */
function antecedentNoun(before: string): string | undefined {
  const words = before.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  return words.reverse().find((word) => isPluralNoun(word));
}
