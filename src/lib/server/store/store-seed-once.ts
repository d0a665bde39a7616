import { eq } from 'drizzle-orm';
import seedText from '$lib/demo/seed.txt?raw';
import { analysisRefused } from '../analysis-pool/analysis-refused';
import { settings } from '../db/schema';
import type { ArticleStore } from './open-article-store';
import { storeArticle } from './store-article';

const seededKey = 'seeded';

/**
 * Stores the demo article the first time a database is opened, and never again: an analyst who
 * deletes it keeps it deleted. True when it stored it now; false, with a line on stderr, when its
 * analysis was refused (AnalysisRefused).
 */
export async function storeSeedOnce(store: ArticleStore): Promise<boolean> {
  if (store.writesRefused) return false;
  const flag = await store.db.select().from(settings).where(eq(settings.key, seededKey));
  if (flag.length) return false;
  let id: string;
  try {
    ({ id } = await storeArticle(store, { text: seedText }));
  } catch (error) {
    // A busy machine or a small WIREMAP_ANALYSIS_BUDGET_MS must not stop the server from starting:
    // the seed waits for the next open.
    const refused = analysisRefused(error);
    if (!refused) throw error;
    console.error(`wiremap: the demo article was not stored: ${refused.reason}`);
    return false;
  }
  await store.db.insert(settings).values({ key: seededKey, value: id }).onConflictDoNothing();
  return true;
}
