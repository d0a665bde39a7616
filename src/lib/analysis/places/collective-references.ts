import type { FeatureKind, Referent } from '../types';
import { findCountedSet } from './counted-set';
import { listedSet } from './listed-set';
import {
  collectiveAnaphors,
  collectiveQualifiers,
  demonyms,
  pluralPlaceNouns,
  vagueQuantifiers
} from './knowledge';
import type { Word } from './tokenize-words';
import { parseNumberWords } from '../figures/parse-number-words';

/** A resolved place the text names, as a collective reference may gather it ("these regions"). */
export interface ListedPlace {
  /** Set member code: ISO 3166-1/3166-2 code, or the feature id for towns and curated places. */
  code: string;
  kind: FeatureKind;
  start: number;
  /** The coordinated list it was written in, if any. */
  list: number | null;
}

/** A plural phrase that stands for a set of places. */
export interface CollectiveHit {
  start: number;
  end: number;
  text: string;
  ref: Referent;
  count?: number;
  needsReview?: string;
  firstWord: number;
}

/** More places than any country has first-level units: a larger count is not a set of places. */
const MAX_COLLECTIVE_COUNT = 1000;

/** The count a collective phrase states ("six regions", "12 oblasts"); one is not a collective. */
function statedCount(word: string): number | undefined {
  const count = /^\d+$/.test(word) ? Number(word) : parseNumberWords(word);
  return count !== undefined && count >= 2 && count <= MAX_COLLECTIVE_COUNT ? count : undefined;
}
const SPACE = /^[ \u00a0]$/;
// Without a quantifier, only these make a plural place noun a collective ("border regions",
// "western regions", "occupied territories"); "nearby villages" or "other cities" do not.
const UNRESOLVED_QUALIFIERS = new Set([
  'border',
  'frontline',
  'front-line',
  'eastern',
  'western',
  'southern',
  'northern',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'occupied',
  'russian-occupied',
  'russian-held',
  'russian-controlled',
  'annexed'
]);

/**
 * Finds collective references: counted phrases ("four partially occupied eastern regions"),
 * anaphora after a list ("these regions", "the two cities"), vague or national sets ("several
 * communities", "Ukrainian cities and villages", "border regions"). Named groups ("the Baltic
 * states") are found earlier, by findNamedSets. `covered` tells whether a word is in a place span.
 */
export function collectiveReferences(
  text: string,
  words: readonly Word[],
  listed: readonly ListedPlace[],
  countries: ReadonlyMap<string, number>,
  covered: (start: number, end: number) => boolean
): CollectiveHit[] {
  const hits: CollectiveHit[] = [];
  for (let n = 0; n < words.length; n++) {
    const noun = words[n]!;
    const kind = pluralPlaceNouns.get(noun.lower);
    if (!kind || (noun.capital && !noun.sentenceStart) || covered(noun.start, noun.end)) continue;
    if (n > 0 && covered(words[n - 1]!.start, words[n - 1]!.end)) continue; // "Sumy oblasts": a list head noun
    let last = n;
    if (
      (words[n + 1]?.lower === 'and' || words[n + 1]?.lower === 'or') &&
      pluralPlaceNouns.has(words[n + 2]?.lower ?? '')
    )
      last = n + 2;
    let k = n - 1;
    while (k >= 0 && SPACE.test(text.slice(words[k]!.end, words[k + 1]!.start)) && isQualifier(words[k]!))
      k--;
    const qualifiers = words.slice(k + 1, n);
    const hit = classify(text, words, k, n, last, kind as FeatureKind, qualifiers, listed, countries);
    if (hit) hits.push(hit);
    n = last;
  }
  return hits;
}

function isQualifier(word: Word): boolean {
  return (
    collectiveQualifiers.has(word.lower) ||
    demonyms.has(word.text) ||
    word.text.split(/[-‐‑]/).some((p) => demonyms.has(p))
  );
}

function classify(
  text: string,
  words: readonly Word[],
  k: number,
  n: number,
  last: number,
  kind: FeatureKind,
  qualifiers: readonly Word[],
  listed: readonly ListedPlace[],
  countries: ReadonlyMap<string, number>
): CollectiveHit | null {
  const trigger = words[k];
  const lower = trigger?.lower ?? '';
  const previous = words[k - 1]?.lower ?? '';
  const count = statedCount(lower);
  const span = (from: number) => ({
    start: words[from]!.start,
    end: words[last]!.end,
    text: text.slice(words[from]!.start, words[last]!.end),
    firstWord: from
  });
  const anaphor =
    collectiveAnaphors.includes(lower) ||
    (count !== undefined && collectiveAnaphors.includes(`${previous} ${lower}`));
  if (anaphor) {
    const from = count !== undefined && (previous === 'the' || previous === 'all') ? k - 1 : k;
    const size = count ?? (lower === 'both' ? 2 : undefined);
    const set = listedSet(listed, countries, kind, words[from]!.start, size);
    if (set) return { ...span(from), ref: { set, named_in_text: true }, count: size };
  }
  if (count !== undefined) {
    const phrase = qualifiers.map((w) => w.lower).join(' ');
    const found = findCountedSet(count, words[n]!.lower, phrase, countries);
    if (found)
      return {
        ...span(k),
        ref: { set: [...found.set.members], named_in_text: false, basis: found.set.basis },
        count,
        needsReview: found.needsReview
      };
    return {
      ...span(k),
      ref: { unresolved: `${span(k).text}, not named in the text`, count },
      count,
      needsReview: 'collective reference the text does not name'
    };
  }
  const vague = vagueQuantifiers.find(
    (q) => q === lower || q === `${previous} ${lower}` || q === `${words[k - 2]?.lower} ${previous} ${lower}`
  );
  if (vague || anaphor) {
    const from = k - (vague ? vague.split(' ').length - 1 : 0);
    return {
      ...span(from),
      ref: { unresolved: `${span(from).text}, not named in the text` },
      needsReview: 'collective reference the text does not name'
    };
  }
  // No quantifier: only a national or border set is a collective ("Ukrainian cities", "border regions").
  const first = qualifiers.findIndex(
    (w) => isQualifier(w) && (demonyms.has(w.text) || UNRESOLVED_QUALIFIERS.has(w.lower))
  );
  if (first < 0) return null;
  const from = k + 1 + first;
  return {
    ...span(from),
    ref: { unresolved: `${span(from).text}, not named in the text` },
    needsReview: 'collective reference the text does not name'
  };
}
