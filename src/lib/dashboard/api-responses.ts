// What the dashboard's browser code accepts from the API, checked by hand rather than with zod:
// Rollup splits chunks by module, so zod schema classes used only by the lazily loaded review
// code would still land in the chunk the first load shares with url-state.ts (zod/mini), and
// the page would outgrow its size budget (scripts/bench-dashboard.mjs).

import { isArticleId } from '$lib/annotated/article-id';
import type { UnitCounts } from '$lib/map/aggregate-scale';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isString = (value: unknown): value is string => typeof value === 'string';
const isStringOrNull = (value: unknown) => value === null || isString(value);

/** The reason of an API error body (`{error}`), if it is one. */
export function apiErrorReason(body: unknown): string | undefined {
  return isObject(body) && isString(body.error) ? body.error : undefined;
}

/** A stored article as GET /api/articles lists it. */
export interface ArticleSummary {
  id: string;
  title: string;
  url: string | null;
  /** YYYY-MM-DD, when the analyst gave it. */
  published: string | null;
  /** The agency it is from and its author line, when given. */
  agency: string | null;
  byline: string | null;
  /** When it was stored (ISO 8601). */
  created: string;
  version: number;
  /**
   * The engine version of its analysis; null while a queued article has none yet (PostgreSQL,
   * before a worker analysed it).
   */
  engine: string | null;
  /** Edits in its audit trail. */
  edits: number;
}

export interface ArticleList {
  articles: ArticleSummary[];
  total: number;
}

function isArticleSummary(value: unknown): value is ArticleSummary {
  return (
    isObject(value) &&
    isArticleId(value.id) &&
    isString(value.title) &&
    isStringOrNull(value.url) &&
    isStringOrNull(value.published) &&
    isStringOrNull(value.agency) &&
    isStringOrNull(value.byline) &&
    isString(value.created) &&
    isCount(value.version) &&
    isStringOrNull(value.engine) &&
    isCount(value.edits)
  );
}

/** GET /api/articles: `{articles, total}`, or undefined when the body is not one. */
export function articleListFrom(body: unknown): ArticleList | undefined {
  if (!isObject(body) || !Array.isArray(body.articles) || !isCount(body.total)) return undefined;
  if (!body.articles.every(isArticleSummary)) return undefined;
  return { articles: body.articles, total: body.total };
}

/** POST /api/articles: the stored article's id. */
export function storedArticleIdFrom(body: unknown): string | undefined {
  return isObject(body) && isArticleId(body.id) ? body.id : undefined;
}

/** POST /api/articles/:id/edits, accepted: the version the edit produced. */
export function acceptedVersionFrom(body: unknown): number | undefined {
  return isObject(body) && isCount(body.version) ? body.version : undefined;
}

const isUnitCounts = (value: unknown): value is UnitCounts =>
  isObject(value) &&
  isString(value.unit) &&
  isString(value.name) &&
  isCount(value.articles) &&
  isCount(value.claims) &&
  isCount(value.figures);

/** GET /api/aggregate: `{units}`. */
export function aggregateUnitsFrom(body: unknown): UnitCounts[] | undefined {
  return isObject(body) && Array.isArray(body.units) && body.units.every(isUnitCounts)
    ? body.units
    : undefined;
}

/** An analysis not done yet, as GET /api/analyses lists it. */
export interface BackloggedAnalysis {
  id: string;
  /** Waiting for a worker, being analysed, or given up after its retries. */
  state: 'pending' | 'active' | 'failed';
  retries: number;
  /** Why it failed, for a failed one. */
  reason?: string;
}

/** GET /api/analyses: the analyses waiting or running (`pending`) and those that failed. */
export interface AnalysisBacklog {
  pending: BackloggedAnalysis[];
  failed: BackloggedAnalysis[];
}

const backloggedStates: readonly string[] = ['pending', 'active', 'failed'];
const isBackloggedAnalysis = (value: unknown): value is BackloggedAnalysis =>
  isObject(value) &&
  isArticleId(value.id) &&
  isString(value.state) &&
  backloggedStates.includes(value.state) &&
  isCount(value.retries) &&
  (value.reason === undefined || isString(value.reason));

/** GET /api/analyses: `{pending, failed}`, or undefined when the body is not one. */
export function analysisBacklogFrom(body: unknown): AnalysisBacklog | undefined {
  if (!isObject(body) || !Array.isArray(body.pending) || !Array.isArray(body.failed)) return undefined;
  if (!body.pending.every(isBackloggedAnalysis) || !body.failed.every(isBackloggedAnalysis)) return undefined;
  return { pending: body.pending, failed: body.failed };
}

/** A gazetteer entry from GET /api/gazetteer. */
export interface GazetteerHit {
  id: string;
  name: string;
  kind: string;
  country: string;
  countryName?: string;
  admin1?: string;
  admin1Name?: string;
  population: number;
  /** WGS84 [lon, lat]. */
  point: [number, number];
}

const isOptionalString = (value: unknown) => value === undefined || isString(value);
const isLonLat = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length === 2 && value.every((n) => Number.isFinite(n));

const isGazetteerHit = (value: unknown): value is GazetteerHit =>
  isObject(value) &&
  isString(value.id) &&
  isString(value.name) &&
  isString(value.kind) &&
  isString(value.country) &&
  isOptionalString(value.countryName) &&
  isOptionalString(value.admin1) &&
  isOptionalString(value.admin1Name) &&
  isCount(value.population) &&
  isLonLat(value.point);

/** GET /api/gazetteer?q= or ?ids=: `{places}`. */
export function gazetteerHitsFrom(body: unknown): GazetteerHit[] | undefined {
  return isObject(body) && Array.isArray(body.places) && body.places.every(isGazetteerHit)
    ? body.places
    : undefined;
}
