import { json } from '@sveltejs/kit';
import { articleIdParameter } from '$lib/server/api/article-id';
import { jsonError } from '$lib/server/api/json-error';
import { articleStore } from '$lib/server/store/article-store';
import { deleteArticle } from '$lib/server/store/delete-article';
import { reviewedArticle } from '$lib/server/store/reviewed-article';
import type { RequestHandler } from './$types';

const malformedId = () => jsonError(400, 'the id must be a sha256 in lower-case hex (64 characters)');
const unknownId = (id: string) => jsonError(404, `no article ${id}`);

/** One article: `{article: summary, annotated}`, the analysis with the analyst's edits applied. */
export const GET: RequestHandler = async ({ params }) => {
  const id = articleIdParameter(params.id);
  if (!id) return malformedId();
  const reviewed = await reviewedArticle(await articleStore(), id);
  if (!reviewed) return unknownId(id);
  return json({ article: reviewed.summary, annotated: reviewed.annotated });
};

/** Deletes an article with its analyses and edits: 204, or 404 when there is none. */
export const DELETE: RequestHandler = async ({ params }) => {
  const id = articleIdParameter(params.id);
  if (!id) return malformedId();
  if (!(await deleteArticle(await articleStore(), id))) return unknownId(id);
  return new Response(null, { status: 204 });
};
