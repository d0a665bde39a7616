const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  a: 1,
  an: 1
};
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  hundredth: 100
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12
};

/** Every word the number-word grammar knows, for building a matcher. */
export const NUMBER_WORDS: readonly string[] = [
  ...Object.keys(UNITS).filter((w) => w.length > 2),
  ...Object.keys(SCALES),
  'dozen'
];

/**
 * The value of a number written in words ("ninety-five" → 95, "two hundred and fifty thousand"
 * → 250000, "a dozen" → 12), or undefined when the words are not one well-formed number.
 * @example parseNumberWords('Ninety-five') // 95
 */
export function parseNumberWords(words: string): number | undefined {
  const parts = words
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && w !== 'and');
  if (parts.length === 0) return undefined;
  let total = 0;
  let group = 0;
  let seen = false;
  for (const part of parts) {
    if (part === 'dozen') group = (group || 1) * 12;
    else if (part in UNITS) {
      // Two unit words in a row ("five six") are two numbers, not one; "twenty five" is fine.
      if (seen && group % 100 !== 0 && !(group % 10 === 0 && group >= 20 && UNITS[part]! < 10))
        return undefined;
      group += UNITS[part]!;
    } else if (part in SCALES) {
      const scale = SCALES[part]!;
      if (scale === 100) group = (group || 1) * 100;
      else {
        total += (group || 1) * scale;
        group = 0;
      }
    } else return undefined;
    seen = true;
  }
  return total + group;
}

/** The value of an ordinal word ("eighteenth" → 18), or undefined. */
export function parseOrdinalWord(word: string): number | undefined {
  return ORDINALS[word.toLowerCase()];
}
