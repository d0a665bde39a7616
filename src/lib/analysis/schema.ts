import { z } from 'zod';
import { eventKinds } from './event-kinds';
import { placeRoles } from './place-roles';

/**
 * The analysis contract's vocabulary as zod schemas, the one definition of each concept: the
 * types in `types.ts` are inferred from these, and the annotated GeoJSON (`$lib/annotated/schema`)
 * builds its export schema from them. Offsets are JavaScript string indices, end exclusive.
 */

/** ISO 3166-1 alpha-2 country code ("UA"). */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/);
/** ISO 3166-2 code of a first-level unit ("UA-14"). */
export const admin1CodeSchema = z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/);

/** What a place mention refers to: exactly one shape. */
export const referentSchema = z.union([
  z.strictObject({ country: countryCodeSchema }),
  z.strictObject({ admin1: admin1CodeSchema }),
  z.strictObject({ geonames: z.number().int().positive() }),
  /** A hand-curated place without a GeoNames id (see geodata/SOURCES.md). */
  z.strictObject({ curated: z.string().min(1) }),
  /** A collective reference resolved to a set of country or first-level unit codes. */
  z.strictObject({
    set: z.array(z.string().min(2)).min(1),
    named_in_text: z.boolean(),
    basis: z.string().optional()
  }),
  /** A collective reference that cannot be named (with the count the text states), or a named place the gazetteer cannot place. */
  z.strictObject({ unresolved: z.string().min(1), count: z.number().int().positive().optional() }),
  /** A place an analyst dropped a pin for, at WGS84 [lon, lat] (it has no gazetteer id). */
  z.strictObject({ point: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]) })
]);

export const featureKindSchema = z.enum([
  'country',
  'admin1',
  'city',
  'region',
  'water',
  'facility',
  'collective'
]);

/** Roles a place plays in the article (`place-roles.ts` gives their orders). */
export const placeRoleSchema = z.enum(placeRoles);

/** What happens at an event location (`event-kinds.ts`; words in geodata/knowledge/event-kinds.json). */
export const eventKindSchema = z.enum(eventKinds);

export const claimTypeSchema = z.enum(['demand', 'accusation', 'denial', 'report', 'statement']);

/** A stretch of the article: `text.slice(start, end) === text` always. */
export const spanSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string().min(1)
});

export const placeMentionSchema = spanSchema.extend({
  /** false when the name stands for a government/state/army acting ("Moscow demands"). */
  literal: z.boolean(),
  /** true for country adjectives and nationality nouns ("Russian forces"). */
  demonym: z.boolean().optional(),
  role: placeRoleSchema
});

/** A runner-up referent for a mention, scored by the resolver. */
export const candidateSchema = z.strictObject({ id: z.string(), name: z.string(), score: z.number() });

export const quoteSchema = spanSchema.extend({ speaker: z.string().nullable() });

/** A single number, or a range whose upper end may be open ("at least 40" → [40, null]). */
export const figureValueSchema = z.union([z.number(), z.tuple([z.number(), z.number().nullable()])]);

export const figureSchema = spanSchema.extend({
  value: figureValueSchema,
  approx: z.boolean(),
  unit: z.string().optional(),
  /** What is counted ("people", "households", "regions"). */
  counts: z.string(),
  /** Feature ids of the places the figure is about. */
  places: z.array(z.string())
});

export const claimSchema = spanSchema.extend({
  by: z.string(),
  type: claimTypeSchema,
  places: z.array(z.string())
});

export const datelineSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string(),
  place: z.string().nullable(),
  agency: z.string().nullable()
});
