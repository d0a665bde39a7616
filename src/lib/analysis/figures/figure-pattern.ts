import { phraseAlternation } from '../text/phrase-alternation';
import { NUMBER_WORDS } from './parse-number-words';
import { VAGUE } from './quantity-words';

const WORD = `(?:${phraseAlternation(NUMBER_WORDS)})`;
// Letters as explicit ranges (see tokenize.ts): without the u flag the scan runs about twice as fast.
const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u052F';
const FRACTION_NUMERATOR = '(?:one|a|an|two|three|four|five|six|seven|eight|nine)';
const DENOMINATOR = '(?:thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)';
const ORDINAL_WORDS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|' +
  'fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth';

/**
 * Candidate quantities: vague magnitudes, ratios ("one in four"), fractions, digits (with ordinal suffix, scale word or
 * glued suffix such as "bn"), number words, and ordinal words. What surrounds a candidate
 * decides whether it is a figure (see readFigure). Named groups say which kind matched.
 */
export const FIGURE_PATTERN = new RegExp(
  // "magnitude-7.6": the one hyphenated number that is a figure (a scale reading, not a name part).
  `(?:(?<![${LETTER}0-9\\-–/.:,’'])|(?<=\\bmagnitude-))(?:` +
    `(?<vague>${phraseAlternation([...VAGUE.keys()].filter((k) => k !== 'tens'))}|tens(?=\\s+of\\b))(?![${LETTER}])` +
    `|(?<ratio>(?:one|1)\\s+in\\s+(?:every\\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\\d+))(?![${LETTER}0-9])` +
    `|(?<fraction>(?:${FRACTION_NUMERATOR}[-\\s]+)?half|${FRACTION_NUMERATOR}[-\\s]+${DENOMINATOR})(?![${LETTER}\\-])` +
    '|(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?<ordinal>st|nd|rd|th)?' +
    '(?:\\s*(?<scale>thousand|million|billion|trillion|lakhs?|crores?)\\b|(?<suffix>bn|mn|mln|tn|m|k)\\b)?(?![0-9]|[/:]\\d)' +
    `|(?<words>(?:(?:a|an)\\s+(?=(?:hundred|thousand|million|billion|dozen)\\b))?${WORD}(?:(?:[-\\s]+|\\s+and\\s+)${WORD})*)(?![${LETTER}\\-])` +
    `|(?<ordinalWord>${ORDINAL_WORDS})(?![${LETTER}\\-])` +
    ')',
  'gi'
);
