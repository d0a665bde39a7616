import { normalizeName } from '../../geodata/gazetteer';
import type { Gazetteer } from '../../geodata/types';
import type { Spot } from './spot';
import type { Word } from './tokenize-words';

/**
 * Spots for the dateline's places ("MOSCOW", "LONDON/KYIV"), looked up as written (all-caps words
 * are otherwise only read as country abbreviations); their words join `blocked` so the scan skips them.
 */
export function datelinePlaceSpots(
  words: readonly Word[],
  gazetteer: Gazetteer,
  places: readonly { start: number; end: number }[],
  blocked: Set<number>
): Spot[] {
  const spots: Spot[] = [];
  for (const { start, end } of places) {
    const inside: number[] = [];
    words.forEach((w, i) => w.start >= start && w.end <= end && inside.push(i));
    if (!inside.length) continue;
    const key = normalizeName(inside.map((i) => words[i]!.text).join(' '));
    const candidates = gazetteer.lookup(key).map((i) => gazetteer.entries[i]!);
    if (!candidates.length) continue;
    for (const i of inside) blocked.add(i);
    const firstWord = inside[0]!;
    const lastWord = inside[inside.length - 1]!;
    spots.push({
      start,
      end,
      firstWord,
      lastWord,
      key,
      candidates,
      head: null,
      hyphenPart: false,
      dateline: true,
      list: null
    });
  }
  return spots;
}
