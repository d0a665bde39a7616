import { ENGINE_VERSION } from '$lib/analysis/engine-version';
import type { ArticleStore } from '../store/open-article-store';
import { ANALYSIS_QUEUE, analysisQueue, type AnalysisJob } from './analysis-queue';

/** A store on PostgreSQL, which has the analysis queue. */
export type PostgresStore = ArticleStore & { postgres: NonNullable<ArticleStore['postgres']> };

/**
 * Whether this store analyses through the queue: on PostgreSQL, unless WIREMAP_ANALYSIS_JOBS is
 * `inline` (the analysis then runs in the request, as on SQLite).
 */
export function analysisJobsOn(store: ArticleStore): store is PostgresStore {
  return store.postgres !== null && process.env.WIREMAP_ANALYSIS_JOBS?.trim() !== 'inline';
}

/** Queues the analysis of the stored article `id`; a worker (`npm run worker`) takes it. */
export async function enqueueAnalysis(store: ArticleStore, id: string): Promise<void> {
  if (!store.postgres) throw new Error('the analysis queue needs a PostgreSQL store');
  const boss = await analysisQueue(store.postgres);
  await boss.send(ANALYSIS_QUEUE, { id } satisfies AnalysisJob);
}

/** Where an article's analysis stands: done, waiting for a worker, being analysed, or failed (with why). */
export interface AnalysisState {
  id: string;
  state: 'done' | 'pending' | 'active' | 'failed';
  /** How many times it was tried again (a failure, or a worker that died). */
  retries: number;
  /** Why the last attempt failed, for a failed analysis. */
  reason?: string;
}

interface JobRow {
  article: string;
  state: string;
  retries: number;
  output: { message?: string; value?: string } | null;
}

const stateOf = (job: string): AnalysisState['state'] =>
  job === 'active' ? 'active' : job === 'failed' ? 'failed' : 'pending';

function analysisState(row: JobRow): AnalysisState {
  const reason = row.output?.message ?? row.output?.value;
  return {
    id: row.article,
    state: stateOf(row.state),
    retries: row.retries,
    ...(row.state === 'failed' && reason ? { reason } : {})
  };
}

// The newest job of each article that has no analysis by the running engine yet.
const backlogSql = `SELECT DISTINCT ON (article) article, state, retries, output FROM (
    SELECT j.data ->> 'id' AS article, j.state::text AS state, j.retry_count AS retries, j.output, j.created_on
    FROM pgboss.job j WHERE j.name = $1 AND j.state IN ('created', 'retry', 'active', 'failed')
  ) jobs
  WHERE NOT EXISTS (SELECT 1 FROM analyses a WHERE a.article_id = jobs.article AND a.engine_version = $2)
  AND EXISTS (SELECT 1 FROM articles WHERE id = jobs.article)
  ORDER BY article, created_on DESC`;

/**
 * The analyses not done yet: waiting or running (`pending`, oldest first) and failed. Always
 * empty on SQLite, where every analysis runs in its request.
 */
export async function analysisBacklog(
  store: ArticleStore
): Promise<{ pending: AnalysisState[]; failed: AnalysisState[] }> {
  if (!store.postgres) return { pending: [], failed: [] };
  await analysisQueue(store.postgres);
  const { rows } = await store.postgres.query<JobRow>(backlogSql, [ANALYSIS_QUEUE, ENGINE_VERSION]);
  const states = rows.map(analysisState);
  return {
    pending: states.filter((entry) => entry.state !== 'failed'),
    failed: states.filter((entry) => entry.state === 'failed')
  };
}

/** Where the analysis of stored article `id` stands (see AnalysisState); undefined for an unknown article. */
export async function articleAnalysisState(
  store: ArticleStore,
  id: string
): Promise<AnalysisState | undefined> {
  const article = await store.client.execute({
    sql: `SELECT EXISTS (SELECT 1 FROM analyses WHERE article_id = ? AND engine_version = ?) AS done
          FROM articles WHERE id = ?`,
    args: [id, ENGINE_VERSION, id]
  });
  const row = article.rows[0];
  if (!row) return undefined;
  const done = row.done as unknown; // a boolean on PostgreSQL, 0 or 1 on SQLite
  if (done === true || Number(done) === 1 || !store.postgres) return { id, state: 'done', retries: 0 };
  const { pending, failed } = await analysisBacklog(store);
  return [...pending, ...failed].find((entry) => entry.id === id) ?? { id, state: 'pending', retries: 0 };
}
