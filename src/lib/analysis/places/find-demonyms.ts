import { demonymFirstWords, demonymMaxWords, demonyms } from './knowledge';
import type { Word } from './tokenize-words';

/** A country adjective or nationality noun in the text ("Russian", "Ukrainians", "South Sudanese"). */
export interface DemonymHit {
  start: number;
  end: number;
  text: string;
  country: string;
}

const HYPHEN_PART = /[^-‐‑]+/g;
const HYPHEN = /[-‐‑]/;

/**
 * Finds whole-word demonyms, longest first, skipping offsets covered by a place span (`covered`
 * says whether [start, end) overlaps one). Parts of hyphenated words count: "pro-Russian" tags
 * "Russian", "Russian-launched" too.
 */
export function findDemonyms(
  text: string,
  words: readonly Word[],
  covered: (start: number, end: number) => boolean
): DemonymHit[] {
  const hits: DemonymHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!word.capital && !/[-‐‑]\p{Lu}/u.test(word.text)) continue;
    const multi = demonymFirstWords.has(word.text) ? multiWord(text, words, i) : null;
    if (multi) {
      if (!covered(multi.start, multi.end)) hits.push(multi);
      i += multi.words - 1;
      continue;
    }
    if (!HYPHEN.test(word.text)) {
      const country = demonyms.get(word.text);
      if (country && !covered(word.start, word.end))
        hits.push({ start: word.start, end: word.end, text: word.text, country });
      continue;
    }
    for (const part of word.text.matchAll(HYPHEN_PART)) {
      const country = demonyms.get(part[0]);
      const start = word.start + part.index;
      const end = start + part[0].length;
      if (country && !covered(start, end)) hits.push({ start, end, text: part[0], country });
    }
  }
  return hits;
}

function multiWord(text: string, words: readonly Word[], i: number): (DemonymHit & { words: number }) | null {
  for (let n = Math.min(demonymMaxWords, words.length - i); n >= 2; n--) {
    const last = words[i + n - 1]!;
    const phrase = text.slice(words[i]!.start, last.end);
    const country = demonyms.get(phrase);
    if (country) return { start: words[i]!.start, end: last.end, text: phrase, country, words: n };
  }
  return null;
}
