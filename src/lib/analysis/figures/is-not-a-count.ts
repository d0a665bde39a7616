import { phraseAlternation } from '../text/phrase-alternation';
import { ANAPHORIC_SETS, CURRENCY_WORDS, TIME_UNITS } from './quantity-words';

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
const DATE_BEFORE = new RegExp(`\\b${MONTH}\\s+$`);
const DATE_AFTER = new RegExp(
  `^(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?(?:\\s+of)?\\s+${MONTH}(?![\\p{L}])`,
  'u'
);
// "three times as many", "a tenfold rise": multipliers, not counts.
// "shelled 2,140 times" still counts events.
const MULTIPLIER_AFTER =
  /^(?:\s+times\s+(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater|faster|slower|as|over|the|its|their|his|her|our|that|what|this)\b|[-\s]?fold\b)/i;
const TIME_AFTER =
  /^(?:[:.]\d{2}\b|\s*(?:a\.?m\b\.?|p\.?m\b\.?|GMT\b|UTC\b|hrs\b|o['’]clock\b|local time\b))/i;
const AGE_BEFORE = /\b(?:aged|age|ages)\s+(?:\d+\s*(?:,|and|to|or|-|–)\s*)*$/i;
// "children under 2", "those over 60": an age limit.
const AGE_LIMIT_BEFORE =
  /\b(?:children|kids|babies|infants|boys|girls|men|women|people|those|anyone)\s+(?:aged\s+)?(?:under|over|below|above)\s+$/i;
const AGE_AFTER = /^[-\s](?:year|month|week|day)s?[-\s]old\b/i;
const DURATION_AFTER = new RegExp(
  `^(?:[-\\s]+|\\s+(?:more|straight|consecutive|long|full)\\s+)(?:${phraseAlternation(TIME_UNITS)})(?![\\p{L}])`,
  'iu'
);
const QUANTITY_AFTER = new RegExp(
  `^\\s*(?:thousand|million|billion|trillion|lakhs?|crores?|bn|mn|%|per\\s?cent|percent|(?:${phraseAlternation([...CURRENCY_WORDS.keys()])}))(?![\\p{L}])`,
  'iu'
);
const LABEL_BEFORE = /(?:\bNo\.|#|\bnumber|\bNos?\.)\s*$/i;
// "Articles 166 and 173", "Nos. 4, 5 and 9": the later numbers of a list of labels.
const LABEL_LIST_BEFORE = /\b\p{Lu}[\p{L}.]*\s+\d+(?:\s*,\s*\d+)*\s*(?:,|and|or|&)\s*$/u;
// "an intensity of upper five", "on a scale of seven", "alert level 3": readings on a scale, not counts.
const LEVEL_BEFORE =
  /\b(?:intensity|level|scale|category|grade|tier|stage|phase|alert)\s+(?:of\s+)?(?:(?:upper|lower|a|an)\s+)?$/i;
// "the two presidents", "The three have been identified": a set already introduced, not a new count.
const DEFINITE_SMALL_NUMBER = /^(?:two|three|four|five|six|seven|eight|nine|ten|both)$/i;
const DEFINITE_BEFORE = /(?:^|[^\p{L}])(?:the|these|those)\s+$/iu;
// "The three have been identified": the number stands alone as a pronoun, before a verb or a stop.
const PRONOMINAL_NEXT = /^(?:\s*[,.;:]|\s+(?:have|had|has|were|are|was|is|will|would|who|of|in|at|from)\b)/i;
// "Ivanov, 45," "Ibrahim al-Saadi, 21;": an age in apposition to a name.
const AGE_APPOSITION_AFTER = /^\s*[,;)]|^\.(?:\s|$)/;
// A capitalised word right before a number names something ("Nord Stream 2", "Article 5"),
// unless it opens the sentence ("Nearly 12 million") or is a function word ("The 13 drones").
const NAME_BEFORE = /(^|[.!?:;“"‘(—–\n])?\s*\b(\p{Lu}[\p{L}-]*)\s+$/u;
const FUNCTION_WORDS =
  /^(?:The|A|An|About|Around|Over|Under|Nearly|Almost|Some|More|Approximately|Roughly|Only|Just|At|Up|Least|All|Another|Those|These|Its|Their|By|Of|In|And|To|With|On|For|From|USD|EUR|UAH|RUB|GBP)$/;

// The first number of the list before must itself follow a name ("Articles 166 and"), not a hedge.
function labelledListStart(before: string): boolean {
  const match = LABEL_LIST_BEFORE.exec(before)!;
  return followsName(before.slice(0, match.index + match[0].search(/\d/)));
}

function followsName(before: string): boolean {
  const match = NAME_BEFORE.exec(before);
  if (!match || match[1] !== undefined || FUNCTION_WORDS.test(match[2]!)) return false;
  return before.length - match[0].length > 0;
}

/**
 * Whether a number at text[start, end) is a date, clock time, year, age, duration or label
 * rather than a count. `digits` is the plain digit string when the number was written in digits.
 */
export function isNotACount(text: string, start: number, end: number, digits: string | undefined): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 40);
  if (DATE_BEFORE.test(before) || DATE_AFTER.test(after)) return true;
  if (TIME_AFTER.test(after) || /\d[:.]$/.test(before)) return true;
  if (AGE_BEFORE.test(before) || AGE_AFTER.test(after) || AGE_LIMIT_BEFORE.test(before)) return true;
  if (
    /\p{Lu}\p{Ll}+,\s*$/u.test(before) &&
    AGE_APPOSITION_AFTER.test(after) &&
    digits &&
    Number(digits) < 120
  )
    return true; // "Ivanov, 45,"
  if (LEVEL_BEFORE.test(before)) return true;
  if (!digits && DEFINITE_BEFORE.test(before) && DEFINITE_SMALL_NUMBER.test(text.slice(start, end))) {
    const next = /^\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
    if (ANAPHORIC_SETS.has(next) || PRONOMINAL_NEXT.test(after)) return true;
  }
  if (digits && LABEL_LIST_BEFORE.test(before) && !QUANTITY_AFTER.test(after) && labelledListStart(before))
    return true;
  if (DURATION_AFTER.test(after) || MULTIPLIER_AFTER.test(after)) return true;
  if (LABEL_BEFORE.test(before)) return true;
  // "lend Naftogaz 300 million euros": a quantity after the number is an amount, not a label.
  if (digits && followsName(before) && !QUANTITY_AFTER.test(after)) return true;
  // A bare four-digit number in the range of years is a year ("in February 2022").
  if (digits && /^(?:1[89]|20)\d\d$/.test(digits) && !/^\s*(?:%|per\s?cent)/.test(after)) return true;
  return false;
}
