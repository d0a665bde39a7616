import type { ArticleStore } from '../store/open-article-store';
import { queuedWrite } from '../store/queued-write';
import { roleSchema, type SignedInUser } from './roles';
import { newSessionToken, sessionTokenHash } from './session-token';

/** A session just started: the token for the cookie (stored only hashed) and when it ends. */
export interface StartedSession {
  token: string;
  expiresAt: Date;
}

/** Starts a session for account `userId` lasting `hours`, clearing expired sessions on the way. */
export function startSession(store: ArticleStore, userId: number, hours: number): Promise<StartedSession> {
  const token = newSessionToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  return queuedWrite(store, async () => {
    await store.client.batch(
      [
        { sql: 'DELETE FROM sessions WHERE expires_at <= ?', args: [now.toISOString()] },
        {
          sql: 'INSERT INTO sessions (token_hash, user_id, expires_at, created_at) VALUES (?, ?, ?, ?)',
          args: [sessionTokenHash(token), userId, expiresAt.toISOString(), now.toISOString()]
        }
      ],
      'write'
    );
    return { token, expiresAt };
  });
}

/**
 * The account a session token signs in, with its current role, or null when the token is
 * unknown, expired, or its account was removed. Read on every request, so a changed role or a
 * removed account takes effect at once.
 */
export async function sessionUser(store: ArticleStore, token: string): Promise<SignedInUser | null> {
  const result = await store.client.execute({
    sql: `SELECT users.id AS id, users.name AS name, users.role AS role FROM sessions
          JOIN users ON users.id = sessions.user_id
          WHERE sessions.token_hash = ? AND sessions.expires_at > ?`,
    args: [sessionTokenHash(token), new Date().toISOString()]
  });
  const row = result.rows[0];
  const role = roleSchema.safeParse(row?.role);
  if (!row || !role.success) return null;
  return { id: Number(row.id), name: String(row.name), role: role.data };
}

/** Ends the session a token names (signing out); nothing happens for an unknown token. */
export function endSession(store: ArticleStore, token: string): Promise<void> {
  return queuedWrite(store, async () => {
    await store.client.execute({
      sql: 'DELETE FROM sessions WHERE token_hash = ?',
      args: [sessionTokenHash(token)]
    });
  });
}
