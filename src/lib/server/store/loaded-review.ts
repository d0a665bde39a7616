import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { ENGINE_VERSION } from '$lib/analysis/engine-version';
import { editSchema, type StoredEdit } from '$lib/annotated/edit';
import { analyses, articles, edits } from '../db/schema';
import type { ArticleStore } from './open-article-store';

export type ArticleRow = typeof articles.$inferSelect;
export type AnalysisRow = Pick<typeof analyses.$inferSelect, 'id' | 'engineVersion' | 'annotated'>;

/**
 * An article as stored: its row, its analysis record by the running engine (undefined when it has
 * none: the caller analyses it again) and its edits in version order.
 */
export interface LoadedReview {
  row: ArticleRow;
  analysis: AnalysisRow | undefined;
  edits: StoredEdit[];
}

/**
 * The analyses row an article list names the engine of: the newest one made by this engine
 * version, else the newest (which a read then replaces through `currentReview`).
 */
export const currentAnalysisOrder = [
  sql`${analyses.engineVersion} = ${ENGINE_VERSION} desc`,
  desc(analyses.id)
];

/** Reads an article, its analysis by the running engine (if any) and its edits; undefined when unknown. */
export async function loadedReview(store: ArticleStore, id: string): Promise<LoadedReview | undefined> {
  return (await loadedReviews(store, [id]))[0];
}

/** An edits row as the audit trail holds it. */
function storedEditOf(edit: typeof edits.$inferSelect): StoredEdit {
  return {
    uid: edit.uid,
    version: edit.version,
    at: edit.at,
    client: edit.client,
    edit: editSchema.parse(JSON.parse(edit.edit)),
    // Placeholder: applyEdits derives whether an edit applies on every read.
    state: 'applied'
  };
}

/**
 * Reads many articles at once, in one read transaction of three queries (not three per article),
 * so the reads see the same moment even while another process writes; in the order of `ids`,
 * leaving out ids no longer stored.
 */
export async function loadedReviews(store: ArticleStore, ids: readonly string[]): Promise<LoadedReview[]> {
  if (ids.length === 0) return [];
  const { db } = store;
  const [rows, analysisRows, editRows] = await db.batch([
    db
      .select()
      .from(articles)
      .where(inArray(articles.id, [...ids])),
    db
      .select({
        articleId: analyses.articleId,
        id: analyses.id,
        engineVersion: analyses.engineVersion,
        annotated: analyses.annotated
      })
      .from(analyses)
      .where(and(inArray(analyses.articleId, [...ids]), eq(analyses.engineVersion, ENGINE_VERSION)))
      .orderBy(desc(analyses.id)),
    db
      .select()
      .from(edits)
      .where(inArray(edits.articleId, [...ids]))
      .orderBy(asc(edits.articleId), asc(edits.version))
  ]);
  const analysisOf = new Map<string, AnalysisRow>();
  for (const { articleId, ...analysis } of analysisRows)
    if (!analysisOf.has(articleId)) analysisOf.set(articleId, analysis);
  const editsOf = new Map<string, StoredEdit[]>();
  for (const edit of editRows) {
    const list = editsOf.get(edit.articleId) ?? [];
    list.push(storedEditOf(edit));
    editsOf.set(edit.articleId, list);
  }
  const rowOf = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = rowOf.get(id);
    return row ? [{ row, analysis: analysisOf.get(id), edits: editsOf.get(id) ?? [] }] : [];
  });
}
