import type { InStatement } from '@libsql/client';
import { constraintViolated } from '../db/constraint-violated';
import { applyEdits } from '$lib/review/apply-edits';
import type { StoredEdit } from '$lib/annotated/edit';
import { importedReview } from '$lib/review/imported-review';
import { unitConcerns } from '$lib/review/unit-concerns';
import { analysedArticle } from './analysed-article';
import { articleId } from '$lib/server/article-id';
import { articleStatements } from './article-statements';
import { atVersion, concernStatements } from './concern-statements';
import { currentReview, type CurrentReview } from './current-review';
import type { ArticleStore } from './open-article-store';
import { queuedWrite } from './queued-write';

export type ImportOutcome = { ok: true; id: string; created: boolean } | { ok: false; reasons: string[] };

/**
 * Stores an exported annotated GeoJSON: the article (analysed afresh; title, url and date from
 * the export) unless already stored, and every edit of its audit trail not yet stored, with its
 * uid, time, client and version kept, whether or not it still applies. One atomic write.
 */
export async function importArticle(store: ArticleStore, value: unknown): Promise<ImportOutcome> {
  const imported = importedReview(value);
  if (!imported.ok) return imported;
  const id = articleId(imported.article.text);
  if (id !== imported.article.sha256)
    return { ok: false, reasons: ['article.sha256 is not the sha256 of article.text'] };

  return queuedWrite(store, async () => {
    // A stored article, or a new one with the analysis record to store it with.
    const review: CurrentReview & { record?: string } =
      (await currentReview(store, id)) ?? (await analysedArticle(imported.article));
    const record = review.record;

    const storedUids = new Set(review.edits.map((edit) => edit.uid));
    const added = imported.edits.filter((edit) => !storedUids.has(edit.uid));
    const taken = new Map(review.edits.map((edit) => [edit.version, edit.uid]));
    const clashes = added.flatMap((edit) =>
      taken.has(edit.version)
        ? [
            `edit ${edit.uid} has version ${edit.version}, which edit ${taken.get(edit.version)} already holds`
          ]
        : []
    );
    if (clashes.length) return { ok: false, reasons: clashes };

    const version = Math.max(review.row.version, ...added.map((edit) => edit.version));
    const all = [...review.edits, ...added];
    const concerns = unitConcerns(applyEdits(review.base, all, store.lookup), store.lookup);
    const statements: InStatement[] = [
      ...(record ? articleStatements(review.row, record) : []),
      ...added.map((edit) => editStatement(id, edit)),
      {
        // max(version, ?), in SQL both engines read (SQLite has no greatest(), PostgreSQL no two-argument max()).
        sql: 'UPDATE articles SET version = CASE WHEN version > ? THEN version ELSE ? END WHERE id = ?',
        args: [version, version, id]
      },
      ...concernStatements(store.dialect, id, concerns, atVersion(id, version))
    ];
    try {
      const [inserted] = await store.client.batch(statements, 'write');
      return { ok: true, id, created: record !== undefined && inserted?.rowsAffected === 1 };
    } catch (error) {
      // An edit's uid is another article's, or another process stored an edit with one of these
      // uids or versions since the trail was read: nothing was written.
      if (constraintViolated(error))
        return { ok: false, reasons: ['an imported edit has the uid or version of an edit already stored'] };
      throw error;
    }
  });
}

function editStatement(id: string, edit: StoredEdit): InStatement {
  return {
    sql: 'INSERT INTO edits (uid, article_id, version, at, client, edit) VALUES (?, ?, ?, ?, ?, ?)',
    args: [edit.uid, id, edit.version, edit.at, edit.client, JSON.stringify(edit.edit)]
  };
}
