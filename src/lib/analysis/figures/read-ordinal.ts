import type { FigureReading } from './figure-reading';
import { parseOrdinalWord } from './parse-number-words';
import { FIRST_EVENTS, REPEATED_EVENTS } from './quantity-words';
import { toNumber } from './figure-value';

/** "18th sanctions package", "the first mass kidnapping": an ordinal counts only repeated events. */
export function readOrdinal(
  text: string,
  start: number,
  end: number,
  groups: Record<string, string | undefined>
): FigureReading | null {
  const value = groups.digits ? toNumber(groups.digits) : parseOrdinalWord(groups.ordinalWord ?? '');
  if (!value) return null;
  const next = /^\s+(?:([\p{L}-]+)\s+)?([\p{L}-]+)/u.exec(text.slice(end, end + 40));
  // Only a common noun: "3rd Assault Brigade", "Second World War" are names.
  const events = value === 1 ? FIRST_EVENTS : REPEATED_EVENTS;
  const noun = next && [next[2], next[1]].find((w) => w && /^\p{Ll}/u.test(w) && events.has(w.toLowerCase()));
  if (!next || !noun) return null;
  const nounEnd = end + next[0].length - (next[2] === noun ? 0 : next[2]!.length + 1);
  return { start, end: nounEnd, value, approx: false, counts: text.slice(end, nounEnd).trim() };
}
