import { json } from '@sveltejs/kit';
import { articleListQuerySchema } from '$lib/server/api/article-list-query';
import { roleRefusal } from '$lib/server/auth/access-refusal';
import { importAccess } from '$lib/server/auth/route-access';
import { articleSubmission } from '$lib/server/api/article-submission';
import { jsonError } from '$lib/server/api/json-error';
import { mediaType } from '$lib/server/api/media-type';
import { queryParameters } from '$lib/server/api/query-parameters';
import { articleStore } from '$lib/server/store/article-store';
import { importArticle } from '$lib/server/store/import-article';
import { listArticles } from '$lib/server/store/list-articles';
import { storeArticle } from '$lib/server/store/store-article';
import type { RequestHandler } from './$types';

/** Stored articles, newest first: `{articles, total, limit, offset}`; `from`/`to` filter by date. */
export const GET: RequestHandler = async ({ url }) => {
  const query = queryParameters(url, articleListQuerySchema);
  if (!query.ok) return query.response;
  const { articles, total } = await listArticles(await articleStore(), query.value);
  return json({ articles, total, limit: query.value.limit, offset: query.value.offset });
};

/**
 * Stores an article (text/plain or JSON) or imports an export (GeoJSON): 201 `{id}` when new,
 * 200 `{id}` when the same text is already stored, 202 `{id, analysis: 'pending', poll}` when its
 * analysis was queued for a worker (PostgreSQL); 422 with `reasons` for an invalid export.
 */
export const POST: RequestHandler = async ({ request, locals }) => {
  // An import that says so is refused before its body (up to 16 MB) is read.
  const declaredImport = mediaType(request) === 'application/geo+json';
  const early = declaredImport ? roleRefusal(locals, importAccess, 'import an export') : null;
  if (early) return early;
  const submission = await articleSubmission(request);
  if (submission.kind === 'refused') return submission.response;
  const store = await articleStore();
  if (submission.kind === 'import') {
    const refused = roleRefusal(locals, importAccess, 'import an export');
    if (refused) return refused;
    const imported = await importArticle(store, submission.value);
    if (!imported.ok) {
      const reason = `the GeoJSON is not a valid wiremap export: ${imported.reasons.join('; ')}`;
      return jsonError(422, reason, { reasons: imported.reasons });
    }
    return json({ id: imported.id }, { status: imported.created ? 201 : 200 });
  }
  const stored = await storeArticle(store, submission.input);
  if (stored.pending) {
    // Analysed by a worker (PostgreSQL): where to poll for it.
    const poll = `/api/analyses/${stored.id}`;
    return json({ id: stored.id, analysis: 'pending', poll }, { status: 202, headers: { location: poll } });
  }
  return json({ id: stored.id }, { status: stored.created ? 201 : 200 });
};
