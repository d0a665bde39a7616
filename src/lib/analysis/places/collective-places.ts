import type { CollectiveHit } from './collective-references';
import type { PlacedMention } from './group-places';
import { placeRole } from './place-role';
import type { Word } from './tokenize-words';

/** Collective references as places: id `set:<sorted members>` or `unresolved:<start>`, kind 'collective'. */
export function collectivePlaces(
  text: string,
  words: readonly Word[],
  hits: readonly CollectiveHit[]
): PlacedMention[] {
  return hits.map((hit) => {
    const ref = hit.ref;
    const id = 'set' in ref ? `set:${[...ref.set].sort().join('+')}` : `unresolved:${hit.start}`;
    const lastWord = words.findIndex((w) => w.end >= hit.end);
    return {
      id,
      ref,
      name: 'unresolved' in ref ? ref.unresolved : hit.text,
      kind: 'collective',
      confidence: 'set' in ref ? (hit.needsReview ? 0.5 : 0.9) : 0.3,
      alternatives: [],
      ...(hit.count !== undefined ? { count: hit.count } : {}),
      ...(hit.needsReview ? { needsReview: hit.needsReview } : {}),
      mention: {
        start: hit.start,
        end: hit.end,
        text: hit.text,
        literal: true,
        role: placeRole(text, words, hit.firstWord, lastWord < 0 ? hit.firstWord : lastWord)
      }
    };
  });
}
