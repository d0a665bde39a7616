/** One word of the article, with the facts the place rules look at. */
export interface Word {
  start: number;
  /** End of the word without a possessive ’s (the possessive is never in a place span). */
  end: number;
  text: string;
  lower: string;
  /** Starts with a capital, or with a lower-case Arabic article before one ("el-Fasher"). */
  capital: boolean;
  /** Two or more letters, all capitals ("MOSCOW", "UAE", "U.S."). */
  allCaps: boolean;
  /** First word of a sentence, a paragraph, a quotation or a clause after a colon. */
  sentenceStart: boolean;
  possessive: boolean;
}

// Abbreviations with inner dots first ("U.S."), then words with inner hyphens or apostrophes.
// Letters as explicit ranges (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, combining marks):
// a non-Unicode regex runs about four times faster than one with \p{L}, and English wire copy
// needs nothing outside these ranges.
const L =
  'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u052F\\u0531-\\u0587\\u05D0-\\u05EA\\u0620-\\u064A\\u1E00-\\u1FFF';
// eslint-disable-next-line no-misleading-character-class -- combining marks (U+0300–036F) are meant to match one by one, inside decomposed words
const WORD = new RegExp(`[${L}](?:\\.[${L}])+\\.?|[${L}0-9]+(?:[-‐‑'’ʼ][${L}0-9]+)*`, 'g');
const POSSESSIVE = /['’ʼ]s$/;
const ARTICLE_PREFIX = /^(?:al|el|ad|ar|as|an|at|az|ash|ed|ul|ibn|bin)[-‐‑'’]\p{Lu}/u;
const UPPER_START = /^\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;
const TWO_LETTERS = /\p{L}[^\p{L}]*\p{L}/u;
// What may stand between a sentence boundary and the next word: spaces, quotes, brackets, dashes.
const OPENERS = new Set([' ', '\t', '"', '“', '‘', "'", '(', '[', '«', '—', '–', '\u00a0']);
const BOUNDARIES = new Set(['.', '!', '?', ':', ';', '\n', '\r']);

/** Splits text into words with offsets, capitalisation, possessive and sentence-start flags. */
export function tokenizeWords(text: string): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const start = match.index;
    let raw = match[0];
    const possessive = raw.length > 3 && raw[raw.length - 1] === 's' && POSSESSIVE.test(raw);
    if (possessive) raw = raw.slice(0, -2);
    // Character tests first: the Unicode regexes are the slow path, taken only for odd words.
    const lower = raw.toLowerCase();
    const first = raw[0]!;
    const upper = first !== lower[0] || (first > '\u007f' && UPPER_START.test(raw));
    words.push({
      start,
      end: start + raw.length,
      text: raw,
      lower,
      capital: upper || (raw.length > 3 && raw[2] !== undefined && ARTICLE_PREFIX.test(raw)),
      allCaps:
        upper &&
        raw.length >= 2 &&
        raw === raw.toUpperCase() &&
        !LOWER_LETTER.test(raw) &&
        TWO_LETTERS.test(raw),
      sentenceStart: startsSentence(text, start),
      possessive
    });
  }
  markHeadlines(text, words);
  return words;
}

// A title-case headline ("Russia Launches Massive Drone Attack On Kyiv") capitalises ordinary words;
// treating each as a sentence start lets the common-word rules see through the capitals.
function markHeadlines(text: string, words: Word[]): void {
  let first = 0;
  while (first < words.length) {
    const lineEnd = text.indexOf('\n', words[first]!.start);
    const end = lineEnd < 0 ? text.length : lineEnd;
    let last = first;
    while (last + 1 < words.length && words[last + 1]!.start < end) last++;
    const line = words.slice(first, last + 1).filter((w) => w.text.length > 3);
    const capitals = line.filter((w) => w.capital).length;
    if (
      line.length >= 4 &&
      capitals >= 0.7 * line.length &&
      !/[.!?"”]\s*$/.test(text.slice(words[first]!.start, end))
    )
      for (let i = first; i <= last; i++) words[i]!.sentenceStart = true;
    first = last + 1;
  }
}

function startsSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && OPENERS.has(text[i] ?? '')) i--;
  if (i < 0) return true;
  const c = text[i] ?? '';
  // A closing quote after a full stop still ends the sentence: ‘… effective.” The’.
  if (c === '"' || c === '”' || c === '’') return BOUNDARIES.has(text[i - 1] ?? '');
  return BOUNDARIES.has(c);
}
