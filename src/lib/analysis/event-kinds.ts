/**
 * What happens at an event location, in legend order. A plain array without zod, like
 * `place-roles.ts`, because the page's first load reads it (legend and popups);
 * `eventKindSchema` in `schema.ts` is built from it, and geodata/knowledge/event-kinds.json
 * holds the words of each kind.
 */
export const eventKinds = ['attack', 'fighting', 'disaster', 'protest', 'talks', 'displacement'] as const;
export type EventKind = (typeof eventKinds)[number];
