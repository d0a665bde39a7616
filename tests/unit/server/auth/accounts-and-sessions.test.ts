import { beforeAll, describe, expect, it } from 'vitest';
import { passwordSignIn } from '$lib/server/auth/password-sign-in';
import { endSession, sessionUser, startSession } from '$lib/server/auth/sessions';
import { sessionTokenHash } from '$lib/server/auth/session-token';
import {
  accountByName,
  addPasswordAccount,
  changeRole,
  listAccounts,
  removeAccount
} from '$lib/server/auth/user-accounts';
import type { ArticleStore } from '$lib/server/store/open-article-store';
import { temporaryStore } from '../temporary-store';

let store: ArticleStore;
beforeAll(async () => {
  store = await temporaryStore();
  expect(
    await addPasswordAccount(store, { name: 'ada', role: 'admin', password: 'first admin secret' })
  ).toEqual({ ok: true });
  expect(
    await addPasswordAccount(store, { name: 'vera', role: 'viewer', password: 'viewer secret 1' })
  ).toEqual({ ok: true });
}, 60_000);

// Each account and sign-in hashes with scrypt, slow on purpose.
describe('accounts', { timeout: 60_000 }, () => {
  it('lists accounts by name with role and sign-in kind, never a hash', async () => {
    const accounts = await listAccounts(store);
    expect(accounts.map(({ name, role, signIn }) => ({ name, role, signIn }))).toEqual([
      { name: 'ada', role: 'admin', signIn: 'password' },
      { name: 'vera', role: 'viewer', signIn: 'password' }
    ]);
    expect(JSON.stringify(accounts)).not.toContain('scrypt');
    expect((await accountByName(store, 'ada'))?.passwordHash).toMatch(/^scrypt\$/);
  });

  it('refuses a second account of the same name (409) and keeps the first one’s password', async () => {
    const again = await addPasswordAccount(store, {
      name: 'vera',
      role: 'admin',
      password: 'an intruder secret'
    });
    expect(again).toEqual({ ok: false, status: 409, reason: 'there is already an account vera' });
    expect((await passwordSignIn(store, '192.0.2.1', 'vera', 'viewer secret 1')).ok).toBe(true);
    expect((await accountByName(store, 'vera'))?.role).toBe('viewer');
  });

  it('never demotes or removes the last admin (409), and does once there is another', async () => {
    expect(await changeRole(store, 'ada', 'analyst')).toMatchObject({ ok: false, status: 409 });
    expect(await removeAccount(store, 'ada')).toMatchObject({ ok: false, status: 409 });
    expect((await accountByName(store, 'ada'))?.role).toBe('admin');
    expect(await changeRole(store, 'nobody', 'admin')).toEqual({
      ok: false,
      status: 404,
      reason: 'no account nobody'
    });
    await addPasswordAccount(store, { name: 'bo', role: 'admin', password: 'second admin secret' });
    expect(await changeRole(store, 'bo', 'analyst')).toEqual({ ok: true });
    expect(await changeRole(store, 'bo', 'admin')).toEqual({ ok: true });
    expect(await removeAccount(store, 'bo')).toEqual({ ok: true });
    expect(await accountByName(store, 'bo')).toBeUndefined();
  });
});

describe('password sign-in', { timeout: 60_000 }, () => {
  it('gives the account for the right password and one reason for a wrong password or an unknown name', async () => {
    const signedIn = await passwordSignIn(store, '192.0.2.2', 'ada', 'first admin secret');
    expect(signedIn).toEqual({ ok: true, user: { id: expect.any(Number), name: 'ada', role: 'admin' } });
    const wrong = await passwordSignIn(store, '192.0.2.2', 'ada', 'first admin secreT');
    const unknown = await passwordSignIn(store, '192.0.2.2', 'nobody', 'first admin secret');
    expect(wrong).toEqual({ ok: false, status: 400, reason: 'wrong name or password' });
    expect(unknown).toEqual(wrong);
  });

  it('slows guessing: after 10 attempts from one address the next is 429, other addresses go on', async () => {
    const outcomes = [];
    for (let i = 0; i < 11; i++)
      outcomes.push(await passwordSignIn(store, '198.51.100.9', 'ada', `guess number ${i}`));
    expect(outcomes.slice(0, 10).every((outcome) => !outcome.ok && outcome.status === 400)).toBe(true);
    expect(outcomes[10]).toMatchObject({
      ok: false,
      status: 429,
      reason: expect.stringMatching(/too many sign-in attempts/)
    });
    expect((await passwordSignIn(store, '198.51.100.10', 'ada', 'first admin secret')).ok).toBe(true);
  });
});

describe('sessions', { timeout: 60_000 }, () => {
  it('signs in with the token, stores only its hash, and ends on sign-out', async () => {
    const ada = await accountByName(store, 'ada');
    const session = await startSession(store, ada!.id, 12);
    expect(session.expiresAt.getTime() - Date.now()).toBeGreaterThan(11.9 * 3_600_000);
    expect(await sessionUser(store, session.token)).toEqual({ id: ada!.id, name: 'ada', role: 'admin' });
    const rows = await store.client.execute('SELECT token_hash FROM sessions');
    const stored = rows.rows.map((row) => String(row.token_hash));
    expect(stored).toContain(sessionTokenHash(session.token));
    expect(stored).not.toContain(session.token);
    await endSession(store, session.token);
    expect(await sessionUser(store, session.token)).toBeNull();
  });

  it('refuses an unknown token and an expired session', async () => {
    expect(await sessionUser(store, 'made-up-token')).toBeNull();
    const vera = await accountByName(store, 'vera');
    // A second: long enough for a round trip to a database server on a busy machine.
    const brief = await startSession(store, vera!.id, 1 / 3_600); // 1 s
    expect(await sessionUser(store, brief.token)).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, brief.expiresAt.getTime() - Date.now() + 50));
    expect(await sessionUser(store, brief.token)).toBeNull();
  });

  it('follows the account: a new role at once, and nothing once it is removed', async () => {
    await addPasswordAccount(store, { name: 'cy', role: 'analyst', password: 'analyst secret 1' });
    const cy = await accountByName(store, 'cy');
    const session = await startSession(store, cy!.id, 1);
    await changeRole(store, 'cy', 'viewer');
    expect((await sessionUser(store, session.token))?.role).toBe('viewer');
    await removeAccount(store, 'cy');
    expect(await sessionUser(store, session.token)).toBeNull();
    const left = await store.client.execute({
      sql: 'SELECT count(*) AS n FROM sessions WHERE user_id = ?',
      args: [cy!.id]
    });
    expect(Number(left.rows[0]?.n)).toBe(0);
  });
});
