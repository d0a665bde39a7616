import { ENGINE_VERSION } from '$lib/analysis/engine-version';
import { currentReview } from '../store/current-review';
import type { ArticleStore } from '../store/open-article-store';
import { queuedWrite } from '../store/queued-write';
import { enqueueAnalysis, type PostgresStore } from './analysis-jobs';
import { ANALYSIS_QUEUE, analysisQueue, stopAnalysisQueue, type AnalysisJob } from './analysis-queue';

/**
 * Analyses one queued article and stores its analysis and unit concerns, unless it is analysed
 * already or was deleted meanwhile. Why a job can run twice and still store once: a worker that
 * died mid-job has its job given to another, and the analysis is stored only where the article
 * has none by this engine (currentReview's INSERT … WHERE NOT EXISTS, in one transaction).
 */
export async function analyseQueuedArticle(
  store: ArticleStore,
  job: AnalysisJob
): Promise<'analysed' | 'gone'> {
  const review = await queuedWrite(store, () => currentReview(store, job.id));
  return review ? 'analysed' : 'gone';
}

/**
 * Queues the articles that have no analysis by this engine and no job waiting: those stored
 * while the queue was unreachable, or by an older engine. Returns how many it queued.
 */
export async function queueMissingAnalyses(store: PostgresStore) {
  await analysisQueue(store.postgres);
  const { rows } = await store.postgres.query<{ id: string }>(
    `SELECT a.id FROM articles a
     WHERE NOT EXISTS (SELECT 1 FROM analyses WHERE article_id = a.id AND engine_version = $1)
     AND NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = $2 AND j.data ->> 'id' = a.id
                     AND j.state IN ('created', 'retry', 'active'))`,
    [ENGINE_VERSION, ANALYSIS_QUEUE]
  );
  for (const { id } of rows) await enqueueAnalysis(store, id);
  return rows.length;
}

/**
 * Works the analysis queue of a PostgreSQL store: `concurrency` jobs at a time (the analyses
 * themselves run on the worker-thread pool). Resolves to a function that stops taking jobs and
 * waits for the running ones.
 */
export async function workAnalysisQueue(
  store: PostgresStore,
  { concurrency, log = () => {} }: { concurrency: number; log?: (line: string) => void }
): Promise<() => Promise<void>> {
  const boss = await analysisQueue(store.postgres);
  const queued = await queueMissingAnalyses(store);
  if (queued) log(`queued ${queued} article(s) without an analysis`);
  for (let n = 0; n < concurrency; n++) {
    let workerId = '';
    workerId = await boss.work<AnalysisJob>(
      ANALYSIS_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: 0.5 },
      async ([job]) => {
        if (!job) return;
        const outcome = await analyseQueuedArticle(store, job.data);
        log(`${job.data.id}: ${outcome}`);
        // pg-boss waits out the polling interval after every fetch, which held each loop to two
        // jobs a second: a loop that found a job asks for the next at once; an idle one polls.
        boss.notifyWorker(workerId);
      }
    );
  }
  return () => stopAnalysisQueue(store.postgres);
}
