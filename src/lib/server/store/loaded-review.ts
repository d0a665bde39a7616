import { asc, desc, eq, sql } from 'drizzle-orm';
import { ENGINE_VERSION } from '$lib/analysis/engine-version';
import { editSchema, type StoredEdit } from '$lib/review/edit';
import { analyses, articles, edits } from '../db/schema';
import type { ArticleStore } from './open-article-store';

export type ArticleRow = typeof articles.$inferSelect;
export type AnalysisRow = Pick<typeof analyses.$inferSelect, 'id' | 'engineVersion' | 'annotated'>;

/** An article as stored: its row, its current analysis record (if any) and its edits in version order. */
export interface LoadedReview {
  row: ArticleRow;
  analysis: AnalysisRow | undefined;
  edits: StoredEdit[];
}

/**
 * The analyses row a review replays on: the newest one made by this engine version, else the
 * newest (which `currentReview` then replaces).
 */
export const currentAnalysisOrder = [
  sql`${analyses.engineVersion} = ${ENGINE_VERSION} desc`,
  desc(analyses.id)
];

/** Reads an article, its current analysis and its edits in one read transaction; undefined when unknown. */
export async function loadedReview(store: ArticleStore, id: string): Promise<LoadedReview | undefined> {
  const { db } = store;
  // One batch, so the three reads see the same moment even while another process writes.
  const [rows, analysisRows, editRows] = await db.batch([
    db.select().from(articles).where(eq(articles.id, id)),
    db
      .select({ id: analyses.id, engineVersion: analyses.engineVersion, annotated: analyses.annotated })
      .from(analyses)
      .where(eq(analyses.articleId, id))
      .orderBy(...currentAnalysisOrder)
      .limit(1),
    db.select().from(edits).where(eq(edits.articleId, id)).orderBy(asc(edits.version))
  ]);
  const row = rows[0];
  if (!row) return undefined;
  return {
    row,
    analysis: analysisRows[0],
    edits: editRows.map((edit) => ({
      uid: edit.uid,
      version: edit.version,
      at: edit.at,
      client: edit.client,
      edit: editSchema.parse(JSON.parse(edit.edit)),
      // Placeholder: applyEdits derives whether an edit applies on every read.
      state: 'applied' as const
    }))
  };
}
