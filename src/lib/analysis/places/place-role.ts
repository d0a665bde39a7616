import type { PlaceRole } from '../types';
import { clauseAttackWords, roleCueLists, type RoleCueList } from './knowledge';
import type { Word } from './tokenize-words';

const WINDOW = 6;
const SENTENCE_END = /[.!?\n]/;
const ORDER = ['struck', 'event', 'meeting'] as const;
// How far back an attack word still governs a place in its clause, and what that costs against a near cue.
const CLAUSE_WINDOW = 18;
const CLAUSE_PENALTY = 10;
// A clause ends at these; a comma only when a lower-case word follows it (not inside a list of names).
const CLAUSE_END = /[.!?;:()\n"“”]|\s[–—-]\s/;

/**
 * The role a literal mention plays, from cue words in the same sentence: 'struck' (attack on,
 * shelled, hit), 'event' (captured, fighting near, killed in), 'meeting' (talks in, summit in), else
 * 'mentioned'. The nearest cue wins; on a tie the order above decides.
 */
export function placeRole(
  text: string,
  words: readonly Word[],
  firstWord: number,
  lastWord: number
): PlaceRole {
  let best: PlaceRole = 'mentioned';
  let bestDistance = Infinity;
  for (const role of ORDER) {
    let distance = cueDistance(text, words, firstWord, lastWord, roleCueLists[role]);
    if (role === 'struck' && distance === Infinity) distance = clauseDistance(text, words, firstWord);
    if (distance < bestDistance) {
      best = role;
      bestDistance = distance;
    }
  }
  return best;
}

function cueDistance(
  text: string,
  words: readonly Word[],
  first: number,
  last: number,
  cues: RoleCueList
): number {
  let nearest = Infinity;
  // Before: a cue phrase ending d words before the mention, not across a sentence end.
  for (let d = 1; d <= WINDOW && first - d >= 0; d++) {
    const end = first - d;
    if (SENTENCE_END.test(text.slice(words[end]!.end, words[end + 1]!.start))) break;
    if (cues.before.get(words[end]!.lower)?.some((cue) => endsWith(words, end, cue)))
      nearest = Math.min(nearest, d);
  }
  for (let d = 1; d <= 3 && last + d < words.length; d++) {
    const start = last + d;
    if (SENTENCE_END.test(text.slice(words[start - 1]!.end, words[start]!.start))) break;
    if (
      cues.after.get(words[start]!.lower)?.some((cue) => cue.every((w, k) => words[start + k]?.lower === w))
    )
      nearest = Math.min(nearest, d + 0.5);
  }
  return nearest;
}

// "Russians attacked energy facilities in six regions": an attack word earlier in the same clause.
function clauseDistance(text: string, words: readonly Word[], first: number): number {
  for (let d = 1; d <= CLAUSE_WINDOW && first - d >= 0; d++) {
    const at = first - d;
    const gap = text.slice(words[at]!.end, words[at + 1]!.start);
    if (CLAUSE_END.test(gap) || (gap.includes(',') && !words[at + 1]!.capital)) return Infinity;
    if (clauseAttackWords.has(words[at]!.lower)) return d + CLAUSE_PENALTY;
  }
  return Infinity;
}

function endsWith(words: readonly Word[], end: number, cue: readonly string[]): boolean {
  return cue.every((w, k) => words[end - cue.length + 1 + k]?.lower === w);
}
