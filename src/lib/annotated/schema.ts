import { z } from 'zod';
import {
  claimSchema as analysisClaimSchema,
  datelineSchema,
  eventKindSchema,
  featureKindSchema,
  figureSchema as analysisFigureSchema,
  candidateSchema,
  placeMentionSchema,
  placeRoleSchema,
  quoteSchema,
  referentSchema
} from '$lib/analysis/schema';
import { storableString } from '$lib/analysis/storable-string';
import { articleCreditSchema, articleTitleSchema, articleUrlSchema } from './article-facts';
import { articleIdPattern } from './article-id';
import { claimStatusSchema, storedEditSchema } from './edit';

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

/** An article id: the sha256 of its UTF-8 text, in lower-case hex. */
export const articleIdSchema = z
  .string()
  .regex(articleIdPattern, 'an article id is a sha256 in lower-case hex');

/** An analyst's note on a place, claim or figure, from the `note` edit `edit` (its uid). */
export const noteSchema = z.strictObject({
  text: z.string().min(1),
  at: z.iso.datetime(),
  client: z.string().min(1),
  edit: z.uuid(),
  /** Set when an analyst rewrote the note (the latest `amend` edit: its uid, time and client). */
  amended: z.strictObject({ edit: z.uuid(), at: z.iso.datetime(), client: z.string().min(1) }).optional()
});

export const mentionSchema = placeMentionSchema.extend({
  /** Set when an analyst moved this mention here from the feature `from` by the edit `edit`. */
  reassigned: z.strictObject({ from: z.string().min(1), edit: z.uuid() }).optional(),
  /** Set when an analyst added this mention, which the analysis missed, by the `add` edit `edit`. */
  added: z.strictObject({ edit: z.uuid() }).optional()
});

export const placePropertiesSchema = z.strictObject({
  ref: referentSchema,
  name: z.string().min(1),
  kind: featureKindSchema,
  /** The country (ISO 3166-1 alpha-2) a town, facility or water lies in, recorded at analysis time. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  roles: z.array(placeRoleSchema).min(1),
  /** What happens here, for an event location, a struck place or a meeting place. */
  event: eventKindSchema.optional(),
  confidence: z.number().min(0).max(1),
  alternatives: z.array(candidateSchema),
  mentions: z.array(mentionSchema).min(1),
  count: z.number().int().positive().optional(),
  needsReview: z.string().optional(),
  /** Set when an analyst resolved this collective reference (the `resolve` edit `edit`). */
  resolvedBy: z.strictObject({ edit: z.uuid(), source: z.string(), note: z.string().optional() }).optional(),
  /** Set when an analyst confirmed the place as it stands (the `accept` edit `edit`). */
  acceptedBy: z.strictObject({ edit: z.uuid() }).optional(),
  notes: z.array(noteSchema).optional()
});

export const placeFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  id: z.string().min(1),
  geometry: geometrySchema.nullable(),
  properties: placePropertiesSchema
});

export const figureSchema = analysisFigureSchema.extend({ notes: z.array(noteSchema).optional() });
export const claimSchema = analysisClaimSchema.extend({
  /** The analyst's verdict; absent until a `status` edit sets it. */
  status: claimStatusSchema.optional(),
  notes: z.array(noteSchema).optional()
});

export const articleSchema = z.strictObject({
  title: articleTitleSchema,
  text: storableString(),
  sha256: articleIdSchema,
  length: z.number().int().nonnegative(),
  dateline: datelineSchema.nullable(),
  /** Where the article was published, and when (YYYY-MM-DD), when the analyst gave them. */
  url: articleUrlSchema.optional(),
  published: z.iso.date().optional(),
  /** The agency it is from ("AFP") and its author line, when the analyst or its source gave them. */
  agency: articleCreditSchema.optional(),
  byline: articleCreditSchema.optional(),
  engine: z.strictObject({ name: z.literal('wiremap'), version: z.string() })
});

export const annotatedGeoJsonSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  article: articleSchema,
  features: z.array(placeFeatureSchema),
  quotes: z.array(quoteSchema),
  figures: z.array(figureSchema),
  claims: z.array(claimSchema),
  /** Mentions an analyst said are not places (`reject` edits), out of `features`, kept here. */
  rejected: z
    .array(
      z.strictObject({
        place: z.string().min(1),
        name: z.string().min(1),
        mentions: z.array(mentionSchema).min(1),
        edit: z.uuid()
      })
    )
    .optional(),
  /** The analyst's review: the article version and every edit (the audit trail), in order. */
  review: z
    .strictObject({ version: z.number().int().nonnegative(), edits: z.array(storedEditSchema) })
    .optional()
});

export type AnnotatedGeoJson = z.infer<typeof annotatedGeoJsonSchema>;
export type AnnotatedFeature = z.infer<typeof placeFeatureSchema>;
export type AnnotatedGeometry = z.infer<typeof geometrySchema>;
export type Note = z.infer<typeof noteSchema>;
