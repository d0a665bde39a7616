import { describe, expect, it } from 'vitest';
import { analysisBacklog, articleAnalysisState, analysisJobsOn } from '$lib/server/jobs/analysis-jobs';
import {
  analyseQueuedArticle,
  queueMissingAnalyses,
  workAnalysisQueue
} from '$lib/server/jobs/analysis-worker-loop';
import { articleRowStatement } from '$lib/server/store/article-statements';
import { newArticleRow } from '$lib/server/store/analysed-article';
import { storeArticle } from '$lib/server/store/store-article';
import { articleId } from '$lib/server/article-id';
import { articleFootprint, temporaryStore } from './temporary-store';

// The project runs the other store tests with the analysis in the request; these test the queue.
delete process.env.WIREMAP_ANALYSIS_JOBS;

const article = (tag: string) =>
  `Storms closed the port of Odesa on Monday, the harbour office said (${tag}). ` +
  'Officials in Kyiv said two hundred ships waited at sea.';

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('analysis as jobs on PostgreSQL', () => {
  it('stores the article at once, queues its analysis, and a worker stores the analysis', async () => {
    const store = await temporaryStore();
    if (!analysisJobsOn(store)) throw new Error('a PostgreSQL store queues its analyses');
    const stored = await storeArticle(store, { text: article('queued') });
    expect(stored).toEqual({ id: articleId(article('queued')), created: true, pending: true });
    expect(await articleFootprint(store, stored.id)).toMatchObject({ articles: 1, analyses: 0 });
    expect(await articleAnalysisState(store, stored.id)).toMatchObject({ state: 'pending' });
    expect((await analysisBacklog(store)).pending.map((entry) => entry.id)).toEqual([stored.id]);

    const stop = await workAnalysisQueue(store, { concurrency: 1 });
    try {
      await until(
        () => articleAnalysisState(store, stored.id),
        (state) => state?.state === 'done'
      );
    } finally {
      await stop();
    }
    const footprint = await articleFootprint(store, stored.id);
    expect(footprint).toMatchObject({ articles: 1, analyses: 1 });
    expect(footprint.unitConcerns).toBeGreaterThan(0);
    expect(await analysisBacklog(store)).toEqual({ pending: [], failed: [] });
  }, 60_000);

  it('stores a job done twice (a worker died after storing) once', async () => {
    const store = await temporaryStore();
    const { id } = await storeArticle(store, { text: article('twice') });
    expect(await analyseQueuedArticle(store, { id })).toBe('analysed');
    expect(await analyseQueuedArticle(store, { id })).toBe('analysed');
    expect(await articleFootprint(store, id)).toMatchObject({ articles: 1, analyses: 1 });
    expect(await analyseQueuedArticle(store, { id: '0'.repeat(64) })).toBe('gone');
  });

  it('queues an article stored without a job (the queue was down), once', async () => {
    const store = await temporaryStore();
    if (!analysisJobsOn(store)) throw new Error('a PostgreSQL store queues its analyses');
    const row = newArticleRow({ text: article('orphan') });
    await store.client.batch([articleRowStatement(row)], 'write');
    expect(await queueMissingAnalyses(store)).toBe(1);
    expect(await queueMissingAnalyses(store)).toBe(0);
    expect((await analysisBacklog(store)).pending.map((entry) => entry.id)).toEqual([row.id]);
  });
});
