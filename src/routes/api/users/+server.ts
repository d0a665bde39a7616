import { json } from '@sveltejs/kit';
import { newAccountSchema } from '$lib/server/auth/account-fields';
import { addPasswordAccount, listAccounts } from '$lib/server/auth/user-accounts';
import { jsonError } from '$lib/server/api/json-error';
import { readJsonBody } from '$lib/server/api/read-json-body';
import { validationReason } from '$lib/server/api/validation-reason';
import { articleStore } from '$lib/server/store/article-store';
import type { RequestHandler } from './$types';

/** Every account (admin): `{users: [{name, role, signIn, createdAt}]}`, never a hash. */
export const GET: RequestHandler = async () => json({ users: await listAccounts(await articleStore()) });

/** Adds a password account `{name, role, password}` (admin): 201 `{name, role}`; 409 when the name is taken. */
export const POST: RequestHandler = async ({ request }) => {
  const body = await readJsonBody(request, 8 * 1024);
  if (!body.ok) return body.response;
  const parsed = newAccountSchema.safeParse(body.value);
  if (!parsed.success) return jsonError(400, `not a new account: ${validationReason(parsed.error)}`);
  const added = await addPasswordAccount(await articleStore(), parsed.data);
  if (!added.ok) return jsonError(added.status, added.reason);
  return json({ name: parsed.data.name, role: parsed.data.role }, { status: 201 });
};
