import verbs from '../../../../geodata/knowledge/claims-attribution-verbs.json';
import type { ClaimType } from '../types';

const TYPES = ['report', 'statement', 'accusation', 'denial', 'demand'] as const;
const typeOf = new Map<string, ClaimType>();
for (const type of TYPES) for (const verb of verbs[type]) typeOf.set(verb, type);

const needs = new Map<string, RegExp>(
  Object.entries(verbs.$needs)
    .filter(([verb]) => !verb.startsWith('$'))
    .map(([verb, next]) => [verb, new RegExp(`^(?:${next})$`)])
);
const inverted = new Set(verbs.inverted);
const quoteOnly = new Set(verbs.quoteOnly);
const trailOnly = new Set(verbs.trailOnly);
const hearers = new Set(verbs.hearers);

/** The claim type an attribution verb signals ("denied" → denial), or undefined for other words. */
export function attributionVerbType(lower: string): ClaimType | undefined {
  return typeOf.get(lower);
}

/**
 * The word that must follow a verb somewhere later in its clause for it to attribute speech
 * ("described … as", "called for"), or undefined when the verb attributes on its own.
 */
export function requiredFollower(lower: string): RegExp | undefined {
  return needs.get(lower);
}

/** Whether the verb can come before its speaker (", said the ministry"). */
export function invertsWithSpeaker(lower: string): boolean {
  return inverted.has(lower);
}

/** Whether a verb attributes quotations only and asserts no claim ("thanked", "asked", "dubbed"). */
export function onlyAttributesQuotes(lower: string): boolean {
  return quoteOnly.has(lower) && !typeOf.has(lower);
}

/** Whether a verb of saying attributes a quotation ("she asked", "he said", "it stated"). */
export function attributesQuote(lower: string): boolean {
  const type = typeOf.get(lower);
  // Only verbs of saying: "a phrase critics reject" does not attribute the quote before it.
  return quoteOnly.has(lower) || ((type === 'report' || type === 'statement') && !lower.endsWith('ing'));
}

/** Whether a verb attributes only after its clause ("…, the statement read"). */
export function onlyTrails(lower: string): boolean {
  return trailOnly.has(lower);
}

/** Whether a word can be part of the hearer after "told" ("told state television that"). */
export function isHearerWord(lower: string): boolean {
  return hearers.has(lower);
}
