import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { withOutlines } from '$lib/annotated/referent-geometry';
import { applyEdits } from '$lib/review/apply-edits';
import { boundaryOutline } from '../boundary-outline';
import { ENGINE_VERSION } from '$lib/analysis/engine-version';
import { restoredBase } from './analysis-record';
import { articleSummary, type ArticleSummary } from './article-summary';
import { currentReview, needsAnalysis, type CurrentReview } from './current-review';
import { loadedReview, type LoadedReview } from './loaded-review';
import type { ArticleStore } from './open-article-store';
import { queuedWrite } from './queued-write';

/** An article as reviewed: its summary and its effective annotated GeoJSON. */
export interface ReviewedArticle {
  summary: ArticleSummary;
  /** The effective analysis as stored and reviewed: refs and points, no outlines (what the page gets). */
  analysis: AnnotatedGeoJson;
  /** The same with its outlines drawn from the boundary files (withOutlines): the export. */
  annotated: AnnotatedGeoJson;
}

/**
 * An article as reviewed: its summary and the effective annotated GeoJSON (its analysis with
 * every edit replayed, stale ones reported in `review`). An analysis by another engine version
 * is first replaced by a new one. Undefined when no article has this id.
 */
export async function reviewedArticle(store: ArticleStore, id: string): Promise<ReviewedArticle | undefined> {
  const loaded = await loadedReview(store, id);
  return loaded ? reviewedFrom(store, loaded) : undefined;
}

/** `reviewedArticle` of an article already read (loadedReview or loadedReviews). */
export async function reviewedFrom(
  store: ArticleStore,
  loaded: LoadedReview
): Promise<ReviewedArticle | undefined> {
  const id = loaded.row.id;
  const current: CurrentReview | undefined =
    loaded.analysis && !needsAnalysis(loaded.analysis)
      ? {
          row: loaded.row,
          base: restoredBase(loaded.analysis.annotated, loaded.row),
          edits: loaded.edits
        }
      : store.writesRefused
        ? await currentReview(store, id)
        : await queuedWrite(store, () => currentReview(store, id));
  if (!current) return undefined;
  const analysis = applyEdits(current.base, current.edits, store.lookup);
  return {
    summary: articleSummary(current.row, ENGINE_VERSION, current.edits.length),
    analysis,
    annotated: withOutlines(analysis, boundaryOutline)
  };
}
