import { ENGINE_VERSION } from '$lib/analysis/engine-version';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import type { StoredEdit } from '$lib/annotated/edit';
import { applyEdits } from '$lib/review/apply-edits';
import { unitConcerns } from '$lib/review/unit-concerns';
import { serverAnalysisPool } from '../analysis-pool/server-analysis-pool';
import { restoredBase } from './analysis-record';
import { atVersion, concernStatements } from './concern-statements';
import { loadedReview, type ArticleRow } from './loaded-review';
import type { ArticleStore } from './open-article-store';

/** An article ready to review: its row, the analysis by the running engine, and its edits. */
export interface CurrentReview {
  row: ArticleRow;
  base: AnnotatedGeoJson;
  edits: StoredEdit[];
}

/** Whether an article's stored analysis was made by another engine version (or is missing). */
export function needsAnalysis(analysis: { engineVersion: string } | undefined): boolean {
  return analysis?.engineVersion !== ENGINE_VERSION;
}

/**
 * The article `id` with its analysis by the running engine: the stored one, or, when the stored
 * analysis is from another engine version, a new analysis stored as a new analyses row with the
 * unit concerns recomputed. Call it inside `queuedWrite`, since it may write.
 */
export async function currentReview(store: ArticleStore, id: string): Promise<CurrentReview | undefined> {
  const loaded = await loadedReview(store, id);
  if (!loaded) return undefined;
  const { row, analysis, edits } = loaded;
  if (analysis && !needsAnalysis(analysis))
    return { row, base: restoredBase(analysis.annotated, row), edits };

  const record = await serverAnalysisPool().run({ text: row.text, form: 'record' });
  const base = restoredBase(record, row);
  // A store that refuses writes still shows the article, analysed afresh but not stored.
  if (store.writesRefused) return { row, base, edits };
  const concerns = unitConcerns(applyEdits(base, edits, store.lookup), store.lookup);
  await store.client.batch(
    [
      {
        // Another process may have re-analysed it meanwhile; one row per engine version is enough.
        sql: `INSERT INTO analyses (article_id, engine_version, annotated, created_at)
              SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)
              AND NOT EXISTS (SELECT 1 FROM analyses WHERE article_id = ? AND engine_version = ?)`,
        args: [id, ENGINE_VERSION, record, new Date().toISOString(), id, id, ENGINE_VERSION]
      },
      // The concerns were computed with the edits up to this version; a newer edit brings its own.
      ...concernStatements(store.dialect, id, concerns, atVersion(id, row.version))
    ],
    'write'
  );
  return { row, base, edits };
}
