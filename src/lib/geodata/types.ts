/** Kinds of place the gazetteer knows. */
export type PlaceKind = 'country' | 'admin1' | 'city' | 'region' | 'water' | 'facility';

/**
 * One referent in the gazetteer. `id` is stable and doubles as the annotated GeoJSON feature id:
 * `country:UA`, `admin1:UA-14`, `geonames:704422`, or `curated:<slug>` for hand-curated places
 * (seas, rivers, regions without ISO codes, facilities) that have no GeoNames id in our sources.
 */
export interface GazetteerEntry {
  id: string;
  kind: PlaceKind;
  /** Preferred English name. */
  name: string;
  /** ISO 3166-1 alpha-2 of the country it lies in ('' when it spans several, e.g. a sea). */
  country: string;
  /** ISO 3166-2 of the first-level unit it lies in (towns, facilities) or is (admin1). */
  admin1?: string;
  population: number;
  /** Representative point, WGS84 [lon, lat]. */
  lon: number;
  lat: number;
  /** National capital. */
  capital?: boolean;
  geonames?: number;
}

/** A loaded gazetteer: entries plus a name index over normalised names (see normalizeName). */
export interface Gazetteer {
  entries: readonly GazetteerEntry[];
  /** Indices into `entries` of every entry carrying this normalised name (empty array if none). */
  lookup(normalizedName: string): readonly number[];
  /** Entry by id, or undefined. */
  byId(id: string): GazetteerEntry | undefined;
  /** Longest name in tokens, so a matcher knows how far to look ahead. */
  maxNameTokens: number;
}
