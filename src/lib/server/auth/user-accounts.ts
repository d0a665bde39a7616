import { asc, eq } from 'drizzle-orm';
import { users } from '../db/schema';
import type { ArticleStore } from '../store/open-article-store';
import { queuedWrite } from '../store/queued-write';
import { hashPassword } from './password-hash';
import type { Role } from './roles';

/** An account as the users page and `GET /api/users` show it: never its hash or subject. */
export interface AccountSummary {
  name: string;
  role: Role;
  signIn: 'password' | 'openid';
  createdAt: string;
}

/** What became of a change to the accounts: done, or the status and reason to answer. */
export type AccountChange = { ok: true } | { ok: false; status: 404 | 409; reason: string };

const unknownAccount = (name: string): AccountChange => ({
  ok: false,
  status: 404,
  reason: `no account ${name}`
});
const lastAdmin: AccountChange = {
  ok: false,
  status: 409,
  reason: 'this is the last admin: make another account admin first, or nobody could manage accounts'
};

/** Every account, by name. */
export async function listAccounts(store: ArticleStore): Promise<AccountSummary[]> {
  const rows = await store.db.select().from(users).orderBy(asc(users.name));
  return rows.map((row) => ({
    name: row.name,
    role: row.role as Role,
    signIn: row.passwordHash ? 'password' : 'openid',
    createdAt: row.createdAt
  }));
}

/** The account named `name`, with its hash, or undefined. */
export async function accountByName(store: ArticleStore, name: string) {
  const [row] = await store.db.select().from(users).where(eq(users.name, name));
  return row;
}

/** How many accounts there are. */
export async function accountCount(store: ArticleStore): Promise<number> {
  const result = await store.client.execute('SELECT count(*) AS n FROM users');
  return Number(result.rows[0]?.n ?? 0);
}

/** Adds a password account (its password hashed with scrypt); 409 when the name is taken. */
export async function addPasswordAccount(
  store: ArticleStore,
  account: { name: string; role: Role; password: string }
): Promise<AccountChange> {
  const passwordHash = await hashPassword(account.password);
  return queuedWrite(store, async () => {
    const inserted = await store.client.execute({
      sql: 'INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING',
      args: [account.name, account.role, passwordHash, new Date().toISOString()]
    });
    if (inserted.rowsAffected === 1) return { ok: true };
    return { ok: false, status: 409, reason: `there is already an account ${account.name}` };
  });
}

/**
 * Gives an account another role. The last admin cannot stop being one (409): the check is part
 * of the UPDATE, so two admins demoting each other at once cannot both succeed.
 */
export function changeRole(store: ArticleStore, name: string, role: Role): Promise<AccountChange> {
  return queuedWrite(store, async () => {
    const updated = await store.client.execute({
      sql: `UPDATE users SET role = ? WHERE name = ?
            AND (? = 'admin' OR role <> 'admin' OR (SELECT count(*) FROM users WHERE role = 'admin') > 1)`,
      args: [role, name, role]
    });
    if (updated.rowsAffected === 1) return { ok: true };
    return (await accountByName(store, name)) ? lastAdmin : unknownAccount(name);
  });
}

/** Removes an account and ends its sessions; the last admin cannot be removed (409). */
export function removeAccount(store: ArticleStore, name: string): Promise<AccountChange> {
  return queuedWrite(store, async () => {
    const [removed] = await store.client.batch(
      [
        {
          sql: `DELETE FROM users WHERE name = ?
                AND (role <> 'admin' OR (SELECT count(*) FROM users WHERE role = 'admin') > 1)`,
          args: [name]
        },
        // The foreign key's cascade does this locally; a remote database may not enforce it.
        { sql: 'DELETE FROM sessions WHERE user_id NOT IN (SELECT id FROM users)', args: [] }
      ],
      'write'
    );
    if (removed?.rowsAffected === 1) return { ok: true };
    return (await accountByName(store, name)) ? lastAdmin : unknownAccount(name);
  });
}
