import type { GazetteerEntry } from '../../geodata/types';
import {
  actorCompounds,
  actorTimeNouns,
  agentObjectVerbs,
  attributiveActor,
  geographicBy,
  nonSubjectGovernors,
  partyNouns,
  PHRASE_END,
  placeModifiers,
  seatsOfPower
} from './knowledge';
import { possessedReading } from './possessed-reading';
import { actsAsSubject } from './subject-of-verb';
import type { Word } from './tokenize-words';

/** A mention as word indices (of the name, not of a facility or head noun after it). */
export interface MentionWords {
  firstWord: number;
  lastWord: number;
  hyphenPart: boolean;
  /** End offset of the name (for a hyphen part, where the rest of its word begins). */
  end: number;
}

const COMPOUND_REST = /^[-‐‑](\p{L}+)/u;

/**
 * Whether the name stands for a state acting (literal false) or for the place itself: only
 * countries, capitals and seats of power can act; they do as subjects of verbs, agents of
 * by-phrases, objects of accusations, parties to talks, and possessors of institutions.
 */
export function literalReading(
  text: string,
  words: readonly Word[],
  mention: MentionWords,
  entry: GazetteerEntry,
  isPlaceWord: (wordIndex: number) => boolean
): boolean {
  const slug = entry.id.startsWith('curated:') ? entry.id.slice(8) : '';
  // "the Kremlin", "Kremlin spokesman": a seat of power names the government wherever it stands.
  if (seatsOfPower.has(slug)) return false;
  if (!(entry.kind === 'country' || entry.capital)) return true;
  // "Iran-backed rebels", "a US-led coalition": the state acting; "Moscow-based" is a location.
  if (mention.hyphenPart) {
    const rest = COMPOUND_REST.exec(text.slice(mention.end, mention.end + 20))?.[1]?.toLowerCase();
    return !(rest && actorCompounds.has(rest));
  }
  const last = words[mention.lastWord]!;
  if (last.possessive) return possessedReading(text, words, mention.lastWord, isPlaceWord);
  // "U.S. officials", "the Pakistan government", "the Nigeria police": the state's own body.
  const modified = words[mention.lastWord + 1];
  if (
    modified &&
    attributiveActor.has(modified.lower) &&
    /^[ \u00a0]$/.test(text.slice(last.end, modified.start))
  )
    return false;
  // In a list ("in Cairo and Doha", "Saudi Arabia and the United Arab Emirates called") every
  // name reads as the first one does, so look before the whole list.
  const first = listStart(text, words, mention.firstWord);
  // "on southern Lebanon", "in Russian-occupied Crimea": the governor stands before the adjectives.
  let skipped = 0;
  while (skipped < 2 && placeModifiers.has(words[first - 1 - skipped]?.lower ?? '')) skipped++;
  const before = (k: number) => words[first - skipped - k]?.lower ?? '';
  const article = before(1) === 'the' ? 1 : 0;
  const governor = before(1 + article);
  if (governor === 'by') return geographicBy.has(before(2 + article));
  if (agentObjectVerbs.has(governor) || agentObjectVerbs.has(`${before(2 + article)} ${governor}`))
    return false;
  if (governor === 'with' && (partyNouns.has(before(2 + article)) || partyNouns.has(before(3 + article))))
    return false;
  const next = words[mention.lastWord + 1];
  if (next && actorTimeNouns.has(next.lower) && !PHRASE_END.test(text.slice(last.end, next.start)))
    return false;
  if (nonSubjectGovernors.has(governor) || words[first - skipped - 1 - article]?.possessive === true)
    return true;
  return !actsAsSubject(text, words, mention.lastWord);
}

/** First word of the coordinated list of names a mention stands in ("Cairo and Doha" → "Cairo"). */
function listStart(text: string, words: readonly Word[], first: number): number {
  const own = first;
  for (let guard = 0; guard < 6; guard++) {
    let k = first - 1;
    const conjunction = words[k]?.lower === 'and' || words[k]?.lower === 'or';
    if (conjunction) k--;
    if (k >= 0 && words[k]!.lower === 'the' && conjunction) k--;
    const comma = k >= 0 && /^,\s+$/.test(text.slice(words[k]!.end, words[k + 1]!.start));
    if (!(conjunction || comma) || k < 0 || !words[k]!.capital || words[k]!.possessive) return first;
    // "…in Istanbul, and Beijing has called": ", and" after a single name joins clauses, not a list.
    if (conjunction && comma && first === own && !listContinues(text, words, k)) return first;
    while (
      k > 0 &&
      words[k - 1]!.capital &&
      /^[ \u00a0]$/.test(text.slice(words[k - 1]!.end, words[k]!.start))
    )
      k--;
    first = k;
  }
  return first;
}

// Whether the name ending at word k is itself preceded by a list comma ("Kharkiv, Kyiv, and Sumy").
function listContinues(text: string, words: readonly Word[], k: number): boolean {
  let j = k;
  while (j > 0 && words[j - 1]!.capital && /^[ \u00a0]$/.test(text.slice(words[j - 1]!.end, words[j]!.start)))
    j--;
  return j > 0 && words[j - 1]!.capital && /^,\s+$/.test(text.slice(words[j - 1]!.end, words[j]!.start));
}
