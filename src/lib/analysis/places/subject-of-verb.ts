import {
  adverbs,
  agentObjectVerbs,
  appositiveStarts,
  auxiliaries,
  beVerbs,
  experiencerVerbs,
  irregularVerbs,
  notVerbs,
  PHRASE_END,
  verbsInErs
} from './knowledge';
import type { Word } from './tokenize-words';

/**
 * Whether the name at word `name` is the subject of a verb: "Russia launched", "Moscow refuses",
 * "Kyiv has rejected", "Russia and Ukraine have agreed", "Poland, a NATO member, scrambled jets".
 * A passive ("Ukraine was attacked") is not acting; a progressive ("was blocking") is.
 */
export function actsAsSubject(text: string, words: readonly Word[], name: number): boolean {
  let k = afterCompanions(words, afterCoordinatedNames(text, words, name + 1));
  const beforeAppositive = k;
  k = afterAppositive(text, words, k);
  const resumed = k !== beforeAppositive ? k : -1;
  let auxiliary = false;
  let passive = false;
  for (const limit = k + 4; k < words.length && k <= limit; k++) {
    const word = words[k]!;
    if (k !== resumed && PHRASE_END.test(text.slice(words[k - 1]!.end, word.start))) return auxiliary;
    const lower = word.lower;
    if (auxiliaries.has(lower) || beVerbs.has(lower)) {
      auxiliary ||= !beVerbs.has(lower);
      passive ||= beVerbs.has(lower);
      continue;
    }
    if (adverbs.has(lower) || (lower.endsWith('ly') && lower.length > 4)) continue;
    // "Kyiv came under attack", "Pakistan is going through …": the place undergoes the event.
    if (experiencerVerbs.has(lower) || experiencerVerbs.has(`${lower} ${words[k + 1]?.lower ?? ''}`))
      return false;
    if (passive && lower.endsWith('ing')) return true;
    if (!isVerb(lower)) return auxiliary;
    // "Ukraine was attacked" is the place suffering, "Russia was accused" still the state acting.
    return !(passive && lower.endsWith('ed') && !agentObjectVerbs.has(lower));
  }
  return auxiliary;
}

// "Russia and Ukraine have", "Germany, France and Italy will": skip the other names of the subject.
function afterCoordinatedNames(text: string, words: readonly Word[], k: number): number {
  for (let guard = 0; guard < 6; guard++) {
    const comma = /^,\s+$/.test(text.slice(words[k - 1]!.end, words[k]?.start ?? 0));
    let j = k;
    if (words[j]?.lower === 'and' || words[j]?.lower === 'or') j++;
    else if (!comma) break;
    if (words[j]?.lower === 'the') j++;
    if (!words[j]?.capital) break;
    while (words[j + 1]?.capital && /^[ \u00a0]$/.test(text.slice(words[j]!.end, words[j + 1]!.start))) j++;
    k = j + 1;
  }
  return k;
}

// "Ukraine and its Western allies say": skip a companion phrase of the subject, up to its head noun.
function afterCompanions(words: readonly Word[], k: number): number {
  if (words[k]?.lower !== 'and' || !COMPANION_DETERMINERS.has(words[k + 1]?.lower ?? '')) return k;
  let j = k + 2;
  while (j < k + 5 && words[j + 1] && !isVerb(words[j + 1]!.lower) && !auxiliaries.has(words[j + 1]!.lower))
    j++;
  return j + 1;
}
const COMPANION_DETERMINERS = new Set(['its', 'their', 'his', 'her']);

// "Poland, a NATO member that borders Ukraine, scrambled jets": skip the appositive between commas.
function afterAppositive(text: string, words: readonly Word[], k: number): number {
  const next = words[k];
  if (!next || !appositiveStarts.has(next.lower) || !/^,\s+$/.test(text.slice(words[k - 1]!.end, next.start)))
    return k;
  for (let j = k + 1; j < words.length && j <= k + 14; j++) {
    const gap = text.slice(words[j - 1]!.end, words[j]!.start);
    if (/[.;:!?()"“”\n]/.test(gap)) return k;
    if (/^,\s+$/.test(gap)) return j;
  }
  return k;
}

function isVerb(lower: string): boolean {
  if (irregularVerbs.has(lower)) return true;
  if (notVerbs.has(lower) || lower.length < 4) return false;
  // "-ers" words are mostly agent nouns ("Kyiv organisers", "Moscow leaders"); the verbs are listed.
  if (lower.endsWith('ers') && !verbsInErs.has(lower)) return false;
  return lower.endsWith('ed') || (lower.endsWith('s') && !/(?:ss|us|is|ics)$/.test(lower));
}
