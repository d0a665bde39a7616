import { analysisJobsOn } from '$lib/server/jobs/analysis-jobs';
import { workAnalysisQueue } from '$lib/server/jobs/analysis-worker-loop';
import { poolSettingsFromEnvironment } from '$lib/server/analysis-pool/server-analysis-pool';
import { openArticleStore } from '$lib/server/store/open-article-store';

/**
 * `npm run worker`: takes analyses from the queue in the PostgreSQL database WIREMAP_DB names,
 * as many at once as there are analysis threads (WIREMAP_ANALYSIS_THREADS, default one per core),
 * until SIGINT or SIGTERM; any number of workers on any number of machines may share one queue.
 * Exit 2 when WIREMAP_DB is not a PostgreSQL database.
 */
export async function main(env: Record<string, string | undefined> = process.env): Promise<number> {
  const store = await openArticleStore(env.WIREMAP_DB);
  if (!analysisJobsOn(store)) {
    store.client.close();
    console.error(
      'worker: WIREMAP_DB must name a PostgreSQL database (postgres://…) whose analyses run as jobs; ' +
        'on SQLite every analysis runs in its request'
    );
    return 2;
  }
  const concurrency = poolSettingsFromEnvironment(env).size;
  const stop = await workAnalysisQueue(store, { concurrency, log: (line) => console.log(`worker: ${line}`) });
  console.log(`worker: taking analyses, ${concurrency} at a time`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  console.log('worker: stopping once the running analyses are stored');
  await stop();
  store.client.close();
  return 0;
}
