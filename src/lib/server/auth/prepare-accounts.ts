import type { ArticleStore } from '../store/open-article-store';
import type { AuthSettings } from './auth-settings';
import { accountNameSchema, passwordSchema } from './account-fields';
import { accountCount, addPasswordAccount } from './user-accounts';

/**
 * At start, with accounts on: when there is no account yet and WIREMAP_ADMIN_PASSWORD is set,
 * makes the first admin (named WIREMAP_ADMIN_NAME, default "admin"); when there is none and no
 * way to make one, says how. Returns what it did, for the log.
 */
export async function prepareAccounts(
  store: ArticleStore,
  settings: AuthSettings,
  env: Record<string, string | undefined>
): Promise<string | null> {
  if (!settings.enabled || store.writesRefused) return null;
  if ((await accountCount(store)) > 0) return null;
  const password = env.WIREMAP_ADMIN_PASSWORD;
  if (password === undefined || password === '') {
    if (settings.oidc) return null;
    return (
      'wiremap: accounts are on (WIREMAP_AUTH) but there is no account yet: make the first admin with ' +
      '`npm run user -- add NAME --role admin` or start once with WIREMAP_ADMIN_PASSWORD set'
    );
  }
  const name = accountNameSchema.parse(env.WIREMAP_ADMIN_NAME ?? 'admin');
  const checked = passwordSchema.safeParse(password);
  if (!checked.success) throw new Error(`WIREMAP_ADMIN_PASSWORD: ${checked.error.issues[0]?.message}`);
  const added = await addPasswordAccount(store, { name, role: 'admin', password });
  return added.ok ? `wiremap: made the first admin account, ${name}, from WIREMAP_ADMIN_PASSWORD` : null;
}
