import type { ClaimType } from '../types';

// Words by which a quotation itself demands, denies or accuses. Narrow on purpose: a quote is a
// claim of its own only when it clearly does one of these (CONVENTIONS, Claims).
const DEMAND = /\b(?:must|demands?|demanded|call on|calls on|urges?|urged)\b/i;
const DENIAL = /\b(?:deny|denies|denied|not true|untrue|baseless|groundless|fake|fabricated|lies)\b/i;
const ACCUSATION =
  /\b(?:accuse[sd]?|war crimes?|crimes against|genocide|terror|terrorists?|terrorism|tortured?|torturing|atrocit(?:y|ies)|wag(?:es|ing) (?:a )?war against|deliberately (?:target|attack|kill|strik|shell|bomb)\w*|deliberate (?:attack|strike|shelling|bombing)s?|(?:target|kill|attack|shell|bomb)(?:s|ed|ing)? civilians)\b/i;

/** The claim a quotation makes by its own words — demand, denial or accusation — or null. */
export function quoteClaimType(quotation: string): ClaimType | null {
  if (DENIAL.test(quotation)) return 'denial';
  if (ACCUSATION.test(quotation)) return 'accusation';
  if (DEMAND.test(quotation)) return 'demand';
  return null;
}
