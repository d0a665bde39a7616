import { eq } from 'drizzle-orm';
import seedText from '$lib/demo/seed.txt?raw';
import { settings } from '../db/schema';
import type { ArticleStore } from './open-article-store';
import { storeArticle } from './store-article';

const seededKey = 'seeded';

/**
 * Stores the demo article the first time a database is opened, and never again: an analyst who
 * deletes it keeps it deleted. True when it stored it now.
 */
export async function storeSeedOnce(store: ArticleStore): Promise<boolean> {
  if (store.writesRefused) return false;
  const flag = await store.db.select().from(settings).where(eq(settings.key, seededKey));
  if (flag.length) return false;
  const { id } = await storeArticle(store, { text: seedText });
  await store.db
    .insert(settings)
    .values({ key: seededKey, value: id })
    .onConflictDoNothing({ target: settings.key });
  return true;
}
