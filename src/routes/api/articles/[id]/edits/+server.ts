import { json } from '@sveltejs/kit';
import { editRequestSchema } from '$lib/annotated/edit';
import { articleIdParameter } from '$lib/server/api/article-id';
import { auditName } from '$lib/server/auth/access-refusal';
import { clientName } from '$lib/server/api/client-name';
import { jsonError } from '$lib/server/api/json-error';
import { readJsonBody } from '$lib/server/api/read-json-body';
import { validationReason } from '$lib/server/api/validation-reason';
import { appendEdit } from '$lib/server/store/append-edit';
import { articleStore } from '$lib/server/store/article-store';
import { reviewedArticle } from '$lib/server/store/reviewed-article';
import type { RequestHandler } from './$types';

/** An edit request is a few hundred bytes; notes are at most 2000 characters. */
const MAX_EDIT_BYTES = 64 * 1024;

const malformedId = () => jsonError(400, 'the id must be a sha256 in lower-case hex (64 characters)');

/** The audit trail: `{version, edits}`, each edit with whether it still applies (`state`). */
export const GET: RequestHandler = async ({ params }) => {
  const id = articleIdParameter(params.id);
  if (!id) return malformedId();
  const reviewed = await reviewedArticle(await articleStore(), id);
  if (!reviewed) return jsonError(404, `no article ${id}`);
  return json({ version: reviewed.summary.version, edits: reviewed.annotated.review?.edits ?? [] });
};

/**
 * Appends an edit `{version, edit, client?}` made against `version` (with accounts on, recorded
 * as the signed-in account's, not `client`): 201 `{version, edit}`;
 * 409 `{error, version}` when the article has moved on; 422 when the edit cannot apply.
 */
export const POST: RequestHandler = async ({ params, request, getClientAddress, locals }) => {
  const id = articleIdParameter(params.id);
  if (!id) return malformedId();
  const body = await readJsonBody(request, MAX_EDIT_BYTES);
  if (!body.ok) return body.response;
  const parsed = editRequestSchema.safeParse(body.value);
  if (!parsed.success) return jsonError(400, `not an edit request: ${validationReason(parsed.error)}`);
  // With accounts on, the signed-in account is recorded, whatever the client calls itself.
  const signedIn = auditName(locals);
  const client = signedIn
    ? { ok: true as const, name: signedIn }
    : clientName(parsed.data.client, request, getClientAddress);
  if (!client.ok) return jsonError(400, client.reason);
  const outcome = await appendEdit(await articleStore(), id, parsed.data, client.name);
  if (!outcome.ok) {
    return jsonError(
      outcome.status,
      outcome.reason,
      outcome.version === undefined ? {} : { version: outcome.version }
    );
  }
  return json({ version: outcome.version, edit: outcome.edit }, { status: 201 });
};
