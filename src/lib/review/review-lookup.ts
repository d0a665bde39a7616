import type { MultiPolygon, Polygon } from 'geojson';
import type { FeatureKind, Referent } from '$lib/analysis/types';
import type { AnnotatedGeometry } from '$lib/annotated/schema';

/** A gazetteer referent an analyst can reassign mentions to, drawn as the analysis draws it. */
export interface ReferentInfo {
  id: string;
  name: string;
  kind: FeatureKind;
  ref: Referent;
  /** Outline for countries and first-level units, a point otherwise (as placeGeometry draws it). */
  geometry: AnnotatedGeometry | null;
  /** ISO 3166-2 unit it is or lies in */
  admin1?: string;
  /** The country a town, facility or water lies in (placeCountry). */
  country?: string;
}

/** A first-level unit an analyst can resolve a collective reference to. */
export interface UnitInfo {
  code: string;
  name: string;
  geometry: Polygon | MultiPolygon;
}

/**
 * What the review needs to know of the world, kept behind an interface so that the review domain
 * stays pure: the server builds it from the gazetteer and boundaries (src/lib/server/review-lookup.ts).
 */
export interface ReviewLookup {
  /** The referent with this gazetteer id (`country:UA`, `admin1:UA-14`, `geonames:…`, `curated:…`). */
  referent(id: string): ReferentInfo | undefined;
  /** The first-level unit with this ISO 3166-2 code. */
  unit(code: string): UnitInfo | undefined;
}
