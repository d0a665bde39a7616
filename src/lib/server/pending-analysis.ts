import { eq } from 'drizzle-orm';
import type { PendingAnalysis } from '$lib/dashboard/analysis-backlog';
import { analysisJobsOn, articleAnalysisState } from './jobs/analysis-jobs';
import { articles } from './db/schema';
import type { ArticleStore } from './store/open-article-store';

/**
 * The article `id` when its analysis is queued and not done (waiting, running or failed), else
 * undefined: analysed, unknown, or on a store that analyses in the request. Why the page asks:
 * reading the article would analyse it on the request thread, the work the queue exists to take
 * off the app servers.
 */
export async function pendingAnalysis(store: ArticleStore, id: string): Promise<PendingAnalysis | undefined> {
  if (!analysisJobsOn(store)) return undefined;
  const state = await articleAnalysisState(store, id);
  if (!state || state.state === 'done') return undefined;
  const [row] = await store.db
    .select({ title: articles.title })
    .from(articles)
    .where(eq(articles.id, id))
    .limit(1);
  return row ? { ...state, state: state.state, title: row.title } : undefined;
}
