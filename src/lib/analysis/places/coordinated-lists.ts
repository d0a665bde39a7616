import { admin1Heads, subunitHeads } from './knowledge';
import type { HeadNoun, Spot } from './spot';
import type { Word } from './tokenize-words';

// What stands between two names of one list: ", ", " and ", ", and ", " or ", " & ".
const CLAUSE_JOIN = /^\s*,\s*(?:and|or)\s/;
const LIST_GAP = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?$/;

/**
 * Groups names written as one coordinated list ("Kharkiv, Kyiv, Dnipropetrovsk, and Sumy oblasts")
 * and returns the lists as spot indices. When a plural head noun closes the list, every name in it
 * takes that head (shared: the noun is not in any span). Sets `spot.list` on list members.
 */
export function coordinatedLists(text: string, words: readonly Word[], spots: Spot[]): number[][] {
  const lists: number[][] = [];
  let chain: number[] = [];
  const close = () => {
    if (chain.length >= 2) {
      lists.push(chain);
      const tail = spots[chain[chain.length - 1]!]!;
      const head = sharedHead(words, tail);
      for (const k of chain) {
        const spot = spots[k]!;
        spot.list = lists.length - 1;
        if (head && !spot.head) spot.head = head;
      }
    }
    chain = [];
  };
  spots.forEach((spot, k) => {
    const previous = spots[k - 1];
    const joined =
      previous &&
      !previous.hyphenPart &&
      !spot.hyphenPart &&
      LIST_GAP.test(text.slice(previous.end, spot.start)) &&
      // "…in Sweida, and Damascus accused": ", and" after a lone name joins clauses, not a list.
      !(chain.length === 1 && CLAUSE_JOIN.test(text.slice(previous.end, spot.start)));
    if (!joined) close();
    chain.push(k);
  });
  close();
  return lists;
}

function sharedHead(words: readonly Word[], tail: Spot): HeadNoun | null {
  if (tail.head || words[tail.lastWord]!.possessive) return null;
  const next = words[tail.lastWord + 1];
  if (!next) return null;
  const admin = admin1Heads.get(next.lower);
  if (admin && admin !== next.lower) return { type: 'admin1', noun: admin, shared: true };
  const sub = subunitHeads.get(next.lower);
  if (sub && sub !== next.lower) return { type: 'subunit', noun: sub, shared: true };
  return null;
}
