import { z } from 'zod';
import { claimStatusSchema, storedEditSchema } from '$lib/review/edit';

/**
 * The annotated GeoJSON: wiremap's analysis output and export format (docs/annotated-geojson.md).
 * An RFC 7946 FeatureCollection, one Feature per referent, with the article's quotes, figures and
 * claims as foreign members. Offsets are JavaScript string indices into the article, end exclusive.
 */

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);
export const positionSchema = z.tuple([longitude, latitude]);
const linearRing = z.array(positionSchema).min(4);

export const pointSchema = z.strictObject({ type: z.literal('Point'), coordinates: positionSchema });
export const polygonSchema = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(linearRing).min(1)
});
export const multiPolygonSchema = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(linearRing).min(1)).min(1)
});
export const geometrySchema = z.union([pointSchema, polygonSchema, multiPolygonSchema]);

export const referentSchema = z.union([
  z.strictObject({ country: z.string().regex(/^[A-Z]{2}$/) }),
  z.strictObject({ admin1: z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/) }),
  z.strictObject({ geonames: z.number().int().positive() }),
  z.strictObject({ curated: z.string().min(1) }),
  z.strictObject({
    set: z.array(z.string().min(2)).min(1),
    named_in_text: z.boolean(),
    basis: z.string().optional()
  }),
  z.strictObject({ unresolved: z.string().min(1), count: z.number().int().positive().optional() })
]);

export const placeRoleSchema = z.enum(['event', 'contested', 'struck', 'actor', 'meeting', 'mentioned']);
export const featureKindSchema = z.enum([
  'country',
  'admin1',
  'city',
  'region',
  'water',
  'facility',
  'collective'
]);

const spanShape = {
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string().min(1)
};

/** An analyst's note on a place, claim or figure, from the `note` edit `edit` (its uid). */
export const noteSchema = z.strictObject({
  text: z.string().min(1),
  at: z.iso.datetime(),
  client: z.string().min(1),
  edit: z.uuid()
});

export const mentionSchema = z.strictObject({
  ...spanShape,
  literal: z.boolean(),
  demonym: z.boolean().optional(),
  role: placeRoleSchema,
  /** Set when an analyst moved this mention here from the feature `from` by the edit `edit`. */
  reassigned: z.strictObject({ from: z.string().min(1), edit: z.uuid() }).optional()
});

export const placePropertiesSchema = z.strictObject({
  ref: referentSchema,
  name: z.string().min(1),
  kind: featureKindSchema,
  roles: z.array(placeRoleSchema).min(1),
  confidence: z.number().min(0).max(1),
  alternatives: z.array(z.strictObject({ id: z.string(), name: z.string(), score: z.number() })),
  mentions: z.array(mentionSchema).min(1),
  count: z.number().int().positive().optional(),
  needsReview: z.string().optional(),
  /** Set when an analyst resolved this collective reference (the `resolve` edit `edit`). */
  resolvedBy: z.strictObject({ edit: z.uuid(), source: z.string(), note: z.string().optional() }).optional(),
  notes: z.array(noteSchema).optional()
});

export const placeFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  id: z.string().min(1),
  geometry: geometrySchema.nullable(),
  properties: placePropertiesSchema
});

export const figureValueSchema = z.union([z.number(), z.tuple([z.number(), z.number().nullable()])]);

export const quoteSchema = z.strictObject({ ...spanShape, speaker: z.string().nullable() });
export const figureSchema = z.strictObject({
  ...spanShape,
  value: figureValueSchema,
  approx: z.boolean(),
  unit: z.string().optional(),
  counts: z.string(),
  places: z.array(z.string()),
  notes: z.array(noteSchema).optional()
});
export const claimSchema = z.strictObject({
  ...spanShape,
  by: z.string(),
  type: z.enum(['demand', 'accusation', 'denial', 'report', 'statement']),
  places: z.array(z.string()),
  /** The analyst's verdict; absent until a `status` edit sets it. */
  status: claimStatusSchema.optional(),
  notes: z.array(noteSchema).optional()
});

export const datelineSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string(),
  place: z.string().nullable(),
  agency: z.string().nullable()
});

export const articleSchema = z.strictObject({
  title: z.string(),
  text: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  length: z.number().int().nonnegative(),
  dateline: datelineSchema.nullable(),
  /** Where the article was published, and when (YYYY-MM-DD), when the analyst gave them. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  published: z.iso.date().optional(),
  engine: z.strictObject({ name: z.literal('wiremap'), version: z.string() })
});

export const annotatedGeoJsonSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  article: articleSchema,
  features: z.array(placeFeatureSchema),
  quotes: z.array(quoteSchema),
  figures: z.array(figureSchema),
  claims: z.array(claimSchema),
  /** The analyst's review: the article version and every edit (the audit trail), in order. */
  review: z
    .strictObject({ version: z.number().int().nonnegative(), edits: z.array(storedEditSchema) })
    .optional()
});

export type AnnotatedGeoJson = z.infer<typeof annotatedGeoJsonSchema>;
export type AnnotatedFeature = z.infer<typeof placeFeatureSchema>;
export type AnnotatedGeometry = z.infer<typeof geometrySchema>;
export type Note = z.infer<typeof noteSchema>;
