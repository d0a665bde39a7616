import type { FigureValue } from '../types';
import { parseNumberWords } from './parse-number-words';
import { SCALES, VAGUE } from './quantity-words';

const DENOMINATORS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  quarter: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10
};
/** "half a million": a scale word after "half". */
export const HALF_OF_SCALE = /^\s+a\s+(dozen|million|billion)\b/i;

/** A digit string as a number ("11,000" → 11000). */
export const toNumber = (digits: string) => Number(digits.replace(/,/g, ''));
const round = (n: number) => Number(n.toPrecision(12));

/** The value of a matched candidate (see FIGURE_PATTERN's groups), or undefined when it is not a quantity. */
export function figureValue(
  groups: Record<string, string | undefined>,
  text: string,
  end: number
): FigureValue | undefined {
  if (groups.vague) return VAGUE.get(groups.vague.toLowerCase().replace(/\s+/g, ' '));
  if (groups.ratio) {
    const of = groups.ratio.toLowerCase().split(/\s+/).pop()!;
    return 1 / (/^\d+$/.test(of) ? Number(of) : parseNumberWords(of)!);
  }
  if (groups.fraction) {
    const [numerator, denominator] =
      groups.fraction.toLowerCase().split(/[-\s]+/).length === 1
        ? ['one', groups.fraction.toLowerCase()]
        : groups.fraction.toLowerCase().split(/[-\s]+/);
    const half = HALF_OF_SCALE.exec(text.slice(end, end + 20));
    const share = (parseNumberWords(numerator!) ?? 1) / DENOMINATORS[denominator!.replace(/s$/, '')]!;
    return half
      ? share * (half[1]!.toLowerCase() === 'dozen' ? 12 : SCALES.get(half[1]!.toLowerCase())!)
      : share;
  }
  if (groups.digits) {
    const scale = SCALES.get((groups.scale ?? groups.suffix ?? '').toLowerCase()) ?? 1;
    return round(toNumber(groups.digits) * scale);
  }
  if (groups.words) return parseNumberWords(groups.words);
  return undefined;
}
