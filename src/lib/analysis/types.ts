/**
 * The analysis contract: what the engine returns for one article. Offsets are JavaScript string
 * indices into the article text, end exclusive; `text.slice(start, end) === mention.text` always.
 */

/** What a place mention refers to. Exactly one shape. */
export type Referent =
  | { country: string } // ISO 3166-1 alpha-2
  | { admin1: string } // ISO 3166-2
  | { geonames: number }
  | { curated: string } // hand-curated place without a GeoNames id (see geodata/SOURCES.md)
  | { set: string[]; named_in_text: boolean; basis?: string } // collective reference resolved to a set
  | { unresolved: string; count?: number }; // collective reference that cannot be named

export type FeatureKind = 'country' | 'admin1' | 'city' | 'region' | 'water' | 'facility' | 'collective';

/** Roles a place plays in the article; the dashboard draws one layer per role. */
export type PlaceRole = 'event' | 'contested' | 'struck' | 'actor' | 'meeting' | 'mentioned';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface PlaceMention extends Span {
  /** false when the name stands for a government/state/army acting ("Moscow demands"). */
  literal: boolean;
  /** true for country adjectives and nationality nouns ("Russian forces"). */
  demonym?: boolean;
  role: PlaceRole;
}

export interface Candidate {
  id: string;
  name: string;
  score: number;
}

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
  /** WGS84 [lon, lat] for a place the gazetteer lacks (a facility placed at its town). */
  point?: [number, number];
}

export interface Quote extends Span {
  speaker: string | null;
}

export type FigureValue = number | [number, number | null];

export interface Figure extends Span {
  value: FigureValue;
  approx: boolean;
  unit?: string;
  /** What is counted ("people", "households", "regions"). */
  counts: string;
  /** Feature ids of the places the figure is about. */
  places: string[];
}

export type ClaimType = 'demand' | 'accusation' | 'denial' | 'report' | 'statement';

export interface Claim extends Span {
  by: string;
  type: ClaimType;
  places: string[];
}

export interface Dateline {
  start: number;
  end: number;
  text: string;
  place: string | null;
  agency: string | null;
}

export interface ArticleAnalysis {
  places: ResolvedPlace[];
  quotes: Quote[];
  figures: Figure[];
  claims: Claim[];
  dateline: Dateline | null;
}
