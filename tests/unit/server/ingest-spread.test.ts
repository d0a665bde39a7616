import { describe, expect, it } from 'vitest';
import { serverAnalysisPool } from '$lib/server/analysis-pool/server-analysis-pool';
import { listArticles } from '$lib/server/store/list-articles';
import { storeArticle } from '$lib/server/store/store-article';
import { temporaryStore } from './temporary-store';

// Read when the server's pool is first made, below: two threads, whatever the machine has.
process.env.WIREMAP_ANALYSIS_THREADS = '2';

/** How many of the pool's threads are analysing now (its private state, read for this proof only). */
function busyThreads(): number {
  const pool = serverAnalysisPool() as unknown as { threads: ({ running: unknown } | null)[] };
  return pool.threads.filter((thread) => thread?.running).length;
}

describe('ingest on SQLite', () => {
  it('spreads the analyses of articles sent at once over the worker-thread pool', async () => {
    const store = await temporaryStore();
    const articles = Array.from(
      { length: 4 },
      (_, n) =>
        `Crews cleared roads near Lviv and Odesa after the storm (${n}). ` +
        'The mayor of Kharkiv said. '.repeat(1500)
    );
    let most = 0;
    const sampling = setInterval(() => (most = Math.max(most, busyThreads())), 5);
    try {
      const stored = await Promise.all(articles.map((text) => storeArticle(store, { text })));
      expect(stored.every((outcome) => outcome.created)).toBe(true);
    } finally {
      clearInterval(sampling);
    }
    expect(most).toBe(2);
    expect((await listArticles(store, { limit: 10, offset: 0 })).total).toBe(4);
  }, 120_000);
});
