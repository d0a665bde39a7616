import { countedSets, type CountedSet } from './knowledge';

/**
 * The knowledge set a counted phrase names ("four partially occupied eastern regions"): the noun
 * and a qualifier must fit and one of the set's countries must be in the article. A set whose size
 * differs from the count is still returned, flagged for review, when no set of the right size fits.
 */
export function findCountedSet(
  count: number,
  noun: string,
  qualifierPhrase: string,
  countries: ReadonlyMap<string, number>
): { set: CountedSet; needsReview?: string } | null {
  const padded = ` ${qualifierPhrase} `;
  const fitting = countedSets.filter(
    (set) =>
      set.nouns.has(noun) &&
      set.qualifiers.some((q) => padded.includes(` ${q} `)) &&
      set.countries.some((c) => (countries.get(c) ?? 0) > 0)
  );
  const exact = fitting.find((set) => set.members.length === count);
  if (exact) return { set: exact };
  const nearest = fitting[0];
  if (!nearest) return null;
  return {
    set: nearest,
    needsReview: `the text counts ${count}, the set ${nearest.id} has ${nearest.members.length}`
  };
}
