import { normalizeName } from '../../geodata/gazetteer';
import type { Gazetteer } from '../../geodata/types';
import { countryAbbreviations, demonyms, neverPlace } from './knowledge';
import type { Spot } from './spot';
import type { Word } from './tokenize-words';

const HYPHEN_PART = /[^-‐‑]+/g;
const HYPHEN = /[-‐‑]/;

/**
 * Place names inside a hyphenated word ("Russia-Ukraine war", "Moscow-based"). When every part is
 * capitalised but not every part is a known name ("Kupiansk-Vuzlovyi"), the whole is an unknown
 * name of its own, and tagging a part would point at the wrong place: none are returned.
 */
export function hyphenParts(word: Word, gazetteer: Gazetteer, i: number): Spot[] {
  const spots: Spot[] = [];
  let capitalParts = 0;
  for (const part of word.text.matchAll(HYPHEN_PART)) {
    if (!/^\p{Lu}/u.test(part[0])) continue;
    capitalParts++;
    if (neverPlace.has(part[0].toLowerCase()) || demonyms.has(part[0])) continue;
    const key = normalizeName(part[0]);
    const code = /^\p{Lu}+$/u.test(part[0]) ? countryAbbreviations.get(key) : undefined;
    const abbreviated = code ? gazetteer.byId(`country:${code}`) : undefined;
    const candidates = abbreviated
      ? [abbreviated]
      : /^\p{Lu}+$/u.test(part[0])
        ? []
        : gazetteer.lookup(key).map((k) => gazetteer.entries[k]!);
    if (!candidates.length) continue;
    const start = word.start + part.index;
    spots.push({
      start,
      end: start + part[0].length,
      firstWord: i,
      lastWord: i,
      key,
      candidates,
      head: null,
      hyphenPart: true,
      dateline: false,
      list: null
    });
  }
  const parts = word.text.split(HYPHEN).length;
  return capitalParts === parts && spots.length < parts ? [] : spots;
}
