/**
 * The analysis contract: what the engine returns for one article. Offsets are JavaScript string
 * indices into the article text, end exclusive; `text.slice(start, end) === mention.text` always.
 * The shared shapes are inferred from the zod schemas in `schema.ts`, their one definition.
 */
import type { z } from 'zod';
import type { EventKind } from './event-kinds';
import type {
  candidateSchema,
  claimSchema,
  claimTypeSchema,
  datelineSchema,
  featureKindSchema,
  figureSchema,
  figureValueSchema,
  placeMentionSchema,
  placeRoleSchema,
  quoteSchema,
  referentSchema,
  spanSchema
} from './schema';

export type { EventKind } from './event-kinds';
export type Referent = z.infer<typeof referentSchema>;
export type FeatureKind = z.infer<typeof featureKindSchema>;
export type PlaceRole = z.infer<typeof placeRoleSchema>;
export type Span = z.infer<typeof spanSchema>;
export type PlaceMention = z.infer<typeof placeMentionSchema>;
export type Candidate = z.infer<typeof candidateSchema>;

/** One referent with all its mentions. `id` is the gazetteer id (or `set:…`/`unresolved:N`). */
export interface ResolvedPlace {
  id: string;
  ref: Referent;
  name: string;
  kind: FeatureKind;
  confidence: number;
  /** The runner-up candidates, best first (may be empty). */
  alternatives: Candidate[];
  mentions: PlaceMention[];
  /** Count stated in the text for collective references ("four … regions" → 4). */
  count?: number;
  /** Set when a human should look at it (unresolved collective, count mismatch, low confidence). */
  needsReview?: string;
  /** What happens here, when the place is an event location, struck or a meeting place (event-kind.ts). */
  event?: EventKind;
  /** WGS84 [lon, lat] for a place the gazetteer lacks (a facility placed at its town). */
  point?: [number, number];
}

export type Quote = z.infer<typeof quoteSchema>;
export type FigureValue = z.infer<typeof figureValueSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type ClaimType = z.infer<typeof claimTypeSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Dateline = z.infer<typeof datelineSchema>;

export interface ArticleAnalysis {
  places: ResolvedPlace[];
  quotes: Quote[];
  figures: Figure[];
  claims: Claim[];
  dateline: Dateline | null;
}
