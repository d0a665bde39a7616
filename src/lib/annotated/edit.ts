import { z } from 'zod';
import { admin1CodeSchema } from '$lib/analysis/schema';
import { httpAddress, notBlank, refuseUnstorable } from '$lib/analysis/storable-string';

/**
 * The analyst's edits to an article's analysis: what a client sends, and what the audit trail
 * keeps (the export's `review` member; the replay lives in `$lib/review`). Claims and figures are named by their start offset in the article (the text never
 * changes, since an article is its sha256); places by their feature id.
 */

const featureId = z.string().min(1).max(200);
const offset = z.number().int().nonnegative();

/** Text an analyst writes (a note, a resolution's note): 1 to 2000 characters, kept exactly as written. */
const writtenText = z
  .string()
  .min(1)
  .max(2000)
  .refine(notBlank, 'must not be blank')
  .superRefine(refuseUnstorable);

/** Who made an edit, as the audit trail names them: 1 to 100 characters, kept exactly as given. */
export const clientNameSchema = z
  .string()
  .min(1)
  .max(100)
  .refine(notBlank, 'must not be blank')
  .superRefine(refuseUnstorable);

export const claimStatusSchema = z.enum(['claimed', 'corroborated', 'disputed']);
/** What a `status` edit may set: a status, or `unreviewed` to take the claim back to no status. */
export const claimVerdictSchema = z.enum([...claimStatusSchema.options, 'unreviewed']);

export const editTargetSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('place'), id: featureId }),
  z.strictObject({ type: z.literal('claim'), start: offset }),
  z.strictObject({ type: z.literal('figure'), start: offset })
]);

/** A place's name as an analyst gives it for a pin: 1 to 200 characters. */
const placeName = z
  .string()
  .min(1)
  .max(200)
  .refine(notBlank, 'must not be blank')
  .superRefine(refuseUnstorable);

/**
 * Where an analyst places a mention: a gazetteer referent by its id (`geonames:…`, `admin1:…`,
 * `country:…`, `curated:…`), or a pin dropped on the map at WGS84 [lon, lat], named after the
 * mention unless `name` says otherwise.
 */
export const placeChoiceSchema = z.union([
  z.strictObject({ id: featureId }),
  z.strictObject({
    point: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
    name: placeName.optional()
  })
]);

export const editSchema = z.discriminatedUnion('kind', [
  /** Moves mentions (by start offset; all of them when omitted) of a place to another referent. */
  z.strictObject({
    kind: z.literal('reassign'),
    place: featureId,
    mentions: z.array(offset).min(1).optional(),
    to: featureId
  }),
  /** Resolves a collective reference ("six regions") to chosen first-level units. */
  z.strictObject({
    kind: z.literal('resolve'),
    place: featureId,
    units: z.array(admin1CodeSchema).min(1).max(200),
    source: httpAddress(2000),
    note: writtenText.optional()
  }),
  /** Adds a note to a place, claim or figure. */
  z.strictObject({
    kind: z.literal('note'),
    target: editTargetSchema,
    text: writtenText
  }),
  /** Sets how far a claim is borne out (`unreviewed`: back to no status). */
  z.strictObject({ kind: z.literal('status'), claim: offset, status: claimVerdictSchema }),
  // Undo and the review queue (review/revert-effects.ts, review/review-queue-edits.ts).
  /** Takes back the edit with uid `edit`, whatever its kind; reverting a revert re-applies it. */
  z.strictObject({ kind: z.literal('revert'), edit: z.uuid() }),
  /** Confirms a place as it stands: it leaves the review queue. */
  z.strictObject({ kind: z.literal('accept'), place: featureId }),
  /** Says mentions (by start offset; all when omitted) of a place are not a place at all. */
  z.strictObject({
    kind: z.literal('reject'),
    place: featureId,
    mentions: z.array(offset).min(1).optional()
  }),
  /** Rewrites the note added by the `note` edit with uid `note`. */
  z.strictObject({ kind: z.literal('amend'), note: z.uuid(), text: writtenText }),
  /**
   * Adds a mention the analysis missed (the article's text at `start`–`end`) at a place; the exact
   * span of an unresolved mention places that mention instead (see src/lib/review/add-mention.ts).
   */
  z.strictObject({ kind: z.literal('add'), start: offset, end: offset, to: placeChoiceSchema })
]);

/** What a client POSTs: the edit and the article version it was made against. */
export const editRequestSchema = z.strictObject({
  version: z.number().int().nonnegative(),
  edit: editSchema,
  client: clientNameSchema.optional()
});

/** One entry of the audit trail: an edit as stored, with whether it still applies to the analysis. */
export const storedEditSchema = z.strictObject({
  uid: z.uuid(),
  /** The article version this edit produced: 1 for the first edit, then 2, 3, … */
  version: z.number().int().positive(),
  at: z.iso.datetime(),
  client: clientNameSchema,
  edit: editSchema,
  state: z.enum(['applied', 'stale', 'reverted']),
  /** Why a stale edit no longer applies (after a re-analysis or import), or which version reverted it. */
  reason: z.string().optional()
});

export type ClaimStatus = z.infer<typeof claimStatusSchema>;
export type ClaimVerdict = z.infer<typeof claimVerdictSchema>;
export type EditTarget = z.infer<typeof editTargetSchema>;
export type PlaceChoice = z.infer<typeof placeChoiceSchema>;
export type Edit = z.infer<typeof editSchema>;
export type EditRequest = z.infer<typeof editRequestSchema>;
export type StoredEdit = z.infer<typeof storedEditSchema>;
