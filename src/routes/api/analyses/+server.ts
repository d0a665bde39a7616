import { json } from '@sveltejs/kit';
import { analysisBacklog } from '$lib/server/jobs/analysis-jobs';
import { articleStore } from '$lib/server/store/article-store';
import type { RequestHandler } from './$types';

/**
 * The analyses not done yet: `{pending, failed}`, each entry `{id, state, retries, reason?}`
 * (PostgreSQL's queue; on SQLite both are always empty, every analysis runs in its request).
 */
export const GET: RequestHandler = async () => json(await analysisBacklog(await articleStore()));
