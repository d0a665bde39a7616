import { WriteLimiter } from '../api/write-rate';
import type { ArticleStore } from '../store/open-article-store';
import { accountByName } from './user-accounts';
import { UNKNOWN_ACCOUNT_HASH, verifyPassword } from './password-hash';
import { roleSchema, type SignedInUser } from './roles';

/**
 * Sign-in attempts per client address: 10 at once, then 5 a minute. Why its own limiter: the
 * sign-in form is a page action, which the API's write limit does not cover, and guessing
 * passwords must stay slow whatever that limit is set to.
 */
const attempts = new WriteLimiter({ perMinute: 5, burst: 10 });

export type SignInOutcome =
  { ok: true; user: SignedInUser } | { ok: false; status: 400 | 429; reason: string };

/**
 * Checks a name and password: the account, or one reason that does not say which of the two was
 * wrong. An unknown name costs the same scrypt as a wrong password, so timing tells nothing.
 */
export async function passwordSignIn(
  store: ArticleStore,
  address: string,
  name: string,
  password: string
): Promise<SignInOutcome> {
  const allowed = attempts.take(address, Date.now());
  if (!allowed.allowed) {
    return {
      ok: false,
      status: 429,
      reason: `too many sign-in attempts: try again in ${allowed.retryAfter} s`
    };
  }
  const account = await accountByName(store, name);
  const matches = await verifyPassword(password, account?.passwordHash ?? UNKNOWN_ACCOUNT_HASH);
  const role = roleSchema.safeParse(account?.role);
  if (!account || !account.passwordHash || !matches || !role.success) {
    return { ok: false, status: 400, reason: 'wrong name or password' };
  }
  return { ok: true, user: { id: account.id, name: account.name, role: role.data } };
}
