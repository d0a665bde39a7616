import { json } from '@sveltejs/kit';
import { articleIdParameter } from '$lib/server/api/article-id';
import { jsonError } from '$lib/server/api/json-error';
import { articleAnalysisState } from '$lib/server/jobs/analysis-jobs';
import { articleStore } from '$lib/server/store/article-store';
import type { RequestHandler } from './$types';

/** Where one article's analysis stands: `{id, state: done|pending|active|failed, retries, reason?}`; 404 for an unknown article. */
export const GET: RequestHandler = async ({ params }) => {
  const id = articleIdParameter(params.id);
  if (!id) return jsonError(400, 'the id must be a sha256 in lower-case hex (64 characters)');
  const state = await articleAnalysisState(await articleStore(), id);
  return state ? json(state) : jsonError(404, `no article ${id}`);
};
