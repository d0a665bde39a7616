import { error } from '@sveltejs/kit';
import { articleIdSchema } from '$lib/annotated/schema';
import seedText from '$lib/demo/seed.txt?raw';
import { dashboardData } from '$lib/server/dashboard-data';
import { articleId } from '$lib/server/article-id';
import { pendingAnalysis } from '$lib/server/pending-analysis';
import { articleStore } from '$lib/server/store/article-store';
import { listArticles } from '$lib/server/store/list-articles';
import { reviewedArticle } from '$lib/server/store/reviewed-article';
import type { PageServerLoad } from './$types';

const seedId = articleId(seedText);

/**
 * The stored article `?article=<sha256>` names, else the demo article if it is stored, else the
 * newest stored article, else nothing (the page invites a paste). With its review applied; or,
 * for an article whose analysis a worker has not done (PostgreSQL), where that analysis stands.
 */
export const load: PageServerLoad = async ({ url }) => {
  const store = await articleStore();
  const requested = url.searchParams.get('article');
  let reviewed;
  if (requested !== null) {
    const id = articleIdSchema.safeParse(requested);
    if (!id.success) error(400, 'article must be a sha256 in hex');
    const pending = await pendingAnalysis(store, id.data);
    if (pending) return { articleId: null, pendingAnalysis: pending };
    reviewed = await reviewedArticle(store, id.data);
    if (!reviewed) error(404, 'No stored article has this id (it may have been deleted); paste it again.');
  } else {
    const seedPending = await pendingAnalysis(store, seedId);
    if (seedPending) return { articleId: null, pendingAnalysis: seedPending };
    reviewed = await reviewedArticle(store, seedId);
    if (!reviewed) {
      const [newest] = (await listArticles(store, { limit: 1, offset: 0 })).articles;
      const newestPending = newest && (await pendingAnalysis(store, newest.id));
      if (newestPending) return { articleId: null, pendingAnalysis: newestPending };
      reviewed = newest ? await reviewedArticle(store, newest.id) : undefined;
    }
  }
  if (!reviewed) return { articleId: null };
  return { ...dashboardData(reviewed.analysis), summary: reviewed.summary };
};
