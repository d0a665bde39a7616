import PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import { poolSettingsFromEnvironment } from '../analysis-pool/server-analysis-pool';

/** The pg-boss queue of article analyses, in the `pgboss` schema of the store's own database. */
export const ANALYSIS_QUEUE = 'analysis';

/** A job's data: the id of the stored article to analyse. */
export interface AnalysisJob {
  id: string;
}

const seconds = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

/**
 * How the queue retries: a job that fails is tried again up to 3 times, a second apart at first;
 * a job whose worker died (no answer within `expireInSeconds`: the analysis budget and a minute)
 * is given back to the queue by pg-boss's supervision, which runs every
 * WIREMAP_JOB_MAINTENANCE_SECONDS (30) in every process with a queue.
 */
export function queueSettings() {
  const budgetSeconds = poolSettingsFromEnvironment(process.env).budgetMs / 1000;
  return {
    retryLimit: 3,
    retryDelay: 1,
    retryBackoff: true,
    expireInSeconds: seconds('WIREMAP_JOB_EXPIRE_SECONDS', Math.ceil(budgetSeconds) + 60),
    maintenanceIntervalSeconds: seconds('WIREMAP_JOB_MAINTENANCE_SECONDS', 30)
  };
}

const queues = new WeakMap<Pool, Promise<PgBoss>>();

/**
 * The started analysis queue of a PostgreSQL store (one per pool and process). pg-boss opens its
 * own few connections with the store's settings and makes its schema on first use.
 */
export function analysisQueue(pool: Pool): Promise<PgBoss> {
  let queue = queues.get(pool);
  if (!queue) {
    queue = startedQueue(pool);
    queues.set(pool, queue);
    queue.catch(() => queues.delete(pool));
  }
  return queue;
}

async function startedQueue(pool: Pool): Promise<PgBoss> {
  const { maintenanceIntervalSeconds, retryLimit, retryDelay, retryBackoff, expireInSeconds } =
    queueSettings();
  const boss = new PgBoss({
    connectionString: pool.options.connectionString,
    max: 4,
    supervise: true,
    maintenanceIntervalSeconds,
    monitorStateIntervalSeconds: maintenanceIntervalSeconds
  });
  // A lost connection is pg-boss's to retry; it must not stop the process.
  boss.on('error', (error) => console.error(`wiremap: analysis queue: ${error.message}`));
  await boss.start();
  await boss.createQueue(ANALYSIS_QUEUE, {
    name: ANALYSIS_QUEUE,
    retryLimit,
    retryDelay,
    retryBackoff,
    expireInSeconds
  });
  return boss;
}

/** Stops the queue of `pool` if this process started one, letting active jobs finish for up to `timeout` ms. */
export async function stopAnalysisQueue(pool: Pool, timeout = 10_000): Promise<void> {
  const queue = queues.get(pool);
  if (!queue) return;
  queues.delete(pool);
  const boss = await queue.catch(() => undefined);
  await boss?.stop({ graceful: true, timeout, wait: true });
}
