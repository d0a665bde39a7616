import { json } from '@sveltejs/kit';
import { roleChangeSchema } from '$lib/server/auth/account-fields';
import { changeRole, removeAccount } from '$lib/server/auth/user-accounts';
import { jsonError } from '$lib/server/api/json-error';
import { readJsonBody } from '$lib/server/api/read-json-body';
import { validationReason } from '$lib/server/api/validation-reason';
import { articleStore } from '$lib/server/store/article-store';
import type { RequestHandler } from './$types';

/** Gives an account another role `{role}` (admin): 200 `{name, role}`; 404 unknown; 409 the last admin. */
export const PATCH: RequestHandler = async ({ params, request }) => {
  const body = await readJsonBody(request, 1024);
  if (!body.ok) return body.response;
  const parsed = roleChangeSchema.safeParse(body.value);
  if (!parsed.success) return jsonError(400, `not a role change: ${validationReason(parsed.error)}`);
  const changed = await changeRole(await articleStore(), params.name, parsed.data.role);
  if (!changed.ok) return jsonError(changed.status, changed.reason);
  return json({ name: params.name, role: parsed.data.role });
};

/** Removes an account and ends its sessions (admin): 204; 404 unknown; 409 the last admin. */
export const DELETE: RequestHandler = async ({ params }) => {
  const removed = await removeAccount(await articleStore(), params.name);
  if (!removed.ok) return jsonError(removed.status, removed.reason);
  return new Response(null, { status: 204 });
};
