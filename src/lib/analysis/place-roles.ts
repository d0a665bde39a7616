/**
 * The roles a place plays in an article, in their two orders. Plain arrays without zod, because
 * the page's first load reads them (the map's layers and legend) and must not pull zod in;
 * `placeRoleSchema` in `schema.ts` is built from them.
 */

/** Every role, in legend order; the dashboard draws one layer per role. */
export const placeRoles = ['event', 'contested', 'struck', 'actor', 'meeting', 'mentioned'] as const;
export type PlaceRole = (typeof placeRoles)[number];

/** Roles from most to least specific: a feature's roles are listed, and its layer chosen, in this order. */
export const rolesMostSpecificFirst: readonly PlaceRole[] = [
  'contested',
  'struck',
  'event',
  'meeting',
  'actor',
  'mentioned'
];
