import { fail } from '@sveltejs/kit';
import { newAccountSchema, roleChangeSchema } from '$lib/server/auth/account-fields';
import { addPasswordAccount, changeRole, listAccounts, removeAccount } from '$lib/server/auth/user-accounts';
import { validationReason } from '$lib/server/api/validation-reason';
import { articleStore } from '$lib/server/store/article-store';
import type { Actions, PageServerLoad } from './$types';

/** Every account, for the admin's accounts page. */
export const load: PageServerLoad = async () => ({ accounts: await listAccounts(await articleStore()) });

const field = (form: FormData, name: string) => String(form.get(name) ?? '');

export const actions: Actions = {
  /** Adds a password account from the form's name, role and password. */
  add: async ({ request }) => {
    const form = await request.formData();
    const parsed = newAccountSchema.safeParse({
      name: field(form, 'name'),
      role: field(form, 'role'),
      password: field(form, 'password')
    });
    if (!parsed.success) return fail(400, { problem: validationReason(parsed.error) });
    const added = await addPasswordAccount(await articleStore(), parsed.data);
    return added.ok ? { done: `added ${parsed.data.name}` } : fail(added.status, { problem: added.reason });
  },
  /** Gives the named account the form's role. */
  role: async ({ request }) => {
    const form = await request.formData();
    const parsed = roleChangeSchema.safeParse({ role: field(form, 'role') });
    if (!parsed.success) return fail(400, { problem: validationReason(parsed.error) });
    const changed = await changeRole(await articleStore(), field(form, 'name'), parsed.data.role);
    return changed.ok
      ? { done: `${field(form, 'name')} is now ${parsed.data.role}` }
      : fail(changed.status, { problem: changed.reason });
  },
  /** Removes the named account. */
  remove: async ({ request }) => {
    const name = field(await request.formData(), 'name');
    const removed = await removeAccount(await articleStore(), name);
    return removed.ok ? { done: `removed ${name}` } : fail(removed.status, { problem: removed.reason });
  }
};
