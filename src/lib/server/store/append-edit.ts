import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { applyEdits } from '$lib/review/apply-edits';
import { editRequestSchema, type EditRequest, type StoredEdit } from '$lib/annotated/edit';
import { editProblem } from '$lib/review/edit-problem';
import { unitConcerns } from '$lib/review/unit-concerns';
import { articles } from '../db/schema';
import { concernStatements } from './concern-statements';
import { currentReview } from './current-review';
import type { ArticleStore } from './open-article-store';
import { queuedWrite } from './queued-write';

/** What became of an edit request: stored (with the version it produced), or why not. */
export type EditOutcome =
  | { ok: true; edit: StoredEdit; version: number }
  | { ok: false; status: 404 | 409 | 422; reason: string; version?: number };

const unknownArticle = { ok: false, status: 404, reason: 'no article has this id' } as const;

function staleVersion(current: number, requested: number): EditOutcome {
  return {
    ok: false,
    status: 409,
    reason: `the article is at version ${current}, not ${requested}: reload it and edit again`,
    version: current
  };
}

/**
 * Adds an analyst's edit to an article's audit trail when it was made against the current
 * version (else 409 with that version) and applies to the current review (else 422 with why);
 * the version check is repeated inside the write, so two writers can never both win.
 */
export async function appendEdit(
  store: ArticleStore,
  id: string,
  request: EditRequest,
  client: string
): Promise<EditOutcome> {
  const { version, edit } = editRequestSchema.parse(request);
  return queuedWrite(store, async () => {
    const current = await currentReview(store, id);
    if (!current) return unknownArticle;
    if (current.row.version !== version) return staleVersion(current.row.version, version);
    const problem = editProblem(applyEdits(current.base, current.edits, store.lookup), edit, store.lookup);
    if (problem !== null) return { ok: false, status: 422, reason: problem };

    const stored: StoredEdit = {
      uid: randomUUID(),
      version: version + 1,
      at: new Date().toISOString(),
      client,
      edit,
      state: 'applied'
    };
    const after = applyEdits(current.base, [...current.edits, stored], store.lookup);
    const results = await store.client.batch(
      [
        {
          sql: 'UPDATE articles SET version = version + 1 WHERE id = ? AND version = ?',
          args: [id, version]
        },
        {
          // The edit goes in only when this writer moved the version: the article is at version + 1
          // and no edit holds that version yet. (The version alone would not do: a writer who lost
          // finds it at version + 1 too, but with the winner's edit.) Both engines read it the same
          // way: SQLite runs the batch alone; PostgreSQL makes a loser's UPDATE wait for the
          // winner's commit and this statement then sees the winner's edit.
          sql: `INSERT INTO edits (uid, article_id, version, at, client, edit)
                SELECT ?, ?, ?, ?, ?, ? WHERE (SELECT version FROM articles WHERE id = ?) = ?
                AND NOT EXISTS (SELECT 1 FROM edits WHERE article_id = ? AND version = ?)`,
          args: [
            stored.uid,
            id,
            stored.version,
            stored.at,
            client,
            JSON.stringify(edit),
            id,
            stored.version,
            id,
            stored.version
          ]
        },
        ...concernStatements(store.dialect, id, unitConcerns(after, store.lookup), {
          sql: 'EXISTS (SELECT 1 FROM edits WHERE uid = ?)',
          args: [stored.uid]
        })
      ],
      'write'
    );
    if (results[1]?.rowsAffected === 1) {
      const acknowledged = after.review?.edits.find((entry) => entry.uid === stored.uid) ?? stored;
      return { ok: true, edit: acknowledged, version: stored.version };
    }
    // Another process wrote first.
    const [row] = await store.db
      .select({ version: articles.version })
      .from(articles)
      .where(eq(articles.id, id));
    return row ? staleVersion(row.version, version) : unknownArticle;
  });
}
