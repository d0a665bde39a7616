import { openArticleStore, type ArticleStore } from './open-article-store';
import { storeSeedOnce } from './store-seed-once';

let opened: Promise<ArticleStore> | undefined;

/**
 * The process's article store (WIREMAP_DB, else data/wiremap.db), opened and migrated on first
 * use, with the demo article stored the first time the database is ever opened.
 */
export function articleStore(): Promise<ArticleStore> {
  opened ??= openSeeded().catch((error: unknown) => {
    // A failed open (a locked or unreachable database) should be retried by the next request.
    opened = undefined;
    throw error;
  });
  return opened;
}

async function openSeeded(): Promise<ArticleStore> {
  const store = await openArticleStore();
  await storeSeedOnce(store);
  return store;
}
