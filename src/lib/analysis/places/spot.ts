import type { GazetteerEntry } from '../../geodata/types';
import type { Word } from './tokenize-words';

/** What a noun after a name says the name is: "Donetsk region", "Shostka community", "X refinery". */
export interface HeadNoun {
  type: 'admin1' | 'subunit' | 'facility';
  /** Singular head noun as written, lower-cased ("oblast", "oil refinery"). */
  noun: string;
  /** true when the noun is shared by a coordinated list and so is not in the span. */
  shared: boolean;
}

/** A place name found in the text, before resolution. */
export interface Spot {
  start: number;
  end: number;
  /** Word indices of the span, inclusive. */
  firstWord: number;
  lastWord: number;
  /** The normalised name that matched (without head or facility noun). */
  key: string;
  candidates: readonly GazetteerEntry[];
  head: HeadNoun | null;
  /** Part of a hyphenated word ("Russia-Ukraine", "Moscow-based"). */
  hyphenPart: boolean;
  /** The dateline place. */
  dateline: boolean;
  /** Index of the coordinated list the spot belongs to, if any. */
  list: number | null;
}

/** A plain spot over words first..last (no head noun, not in a list). */
export function spotOf(
  words: readonly Word[],
  first: number,
  last: number,
  key: string,
  candidates: readonly GazetteerEntry[]
): Spot {
  return {
    start: words[first]!.start,
    end: words[last]!.end,
    firstWord: first,
    lastWord: last,
    key,
    candidates,
    head: null,
    hyphenPart: false,
    dateline: false,
    list: null
  };
}
