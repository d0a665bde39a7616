import type { CollectiveHit } from './collective-references';
import { namedSets } from './knowledge';
import type { Word } from './tokenize-words';

/**
 * Named groups of places a reader can list ("the Baltic states" → EE, LV, LT), from
 * geodata/knowledge/collective-sets.json. Found before place names, so that a gazetteer entry of
 * the same name (a curated "Baltic states" region) does not hide the set.
 */
export function findNamedSets(text: string, words: readonly Word[]): CollectiveHit[] {
  const hits: CollectiveHit[] = [];
  for (const set of namedSets) {
    for (const match of text.matchAll(set.pattern)) {
      // A leading article is never in a span ("the Kremlin" → "Kremlin").
      const article = /^the\s+/i.exec(match[0])?.[0].length ?? 0;
      const start = match.index + article;
      const firstWord = words.findIndex((w) => w.start >= start);
      hits.push({
        start,
        end: match.index + match[0].length,
        text: match[0].slice(article),
        ref: { set: [...set.members], named_in_text: false, basis: set.basis },
        firstWord
      });
    }
  }
  return hits;
}
