import type { ArticleStore } from './open-article-store';
import { queuedWrite } from './queued-write';

/** Deletes an article with its analyses, edits and unit concerns; false when there was none. */
export async function deleteArticle(store: ArticleStore, id: string): Promise<boolean> {
  return queuedWrite(store, async () => {
    // Explicit deletes rather than the foreign keys' cascade, which a remote database may not enforce.
    const results = await store.client.batch(
      [
        { sql: 'DELETE FROM unit_concerns WHERE article_id = ?', args: [id] },
        { sql: 'DELETE FROM edits WHERE article_id = ?', args: [id] },
        { sql: 'DELETE FROM analyses WHERE article_id = ?', args: [id] },
        { sql: 'DELETE FROM articles WHERE id = ?', args: [id] }
      ],
      'write'
    );
    return results[3]?.rowsAffected === 1;
  });
}
