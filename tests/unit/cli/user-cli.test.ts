import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '$lib/server/auth/password-hash';
import { accountByName } from '$lib/server/auth/user-accounts';
import { openArticleStore } from '$lib/server/store/open-article-store';

const database = join(mkdtempSync(join(tmpdir(), 'wiremap-user-cli-')), 'accounts.db');
const user = (args: string[], input = '', env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['scripts/user.mjs', ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, WIREMAP_DB: database, ...env }
  });

// The first run bundles the CLI, and each account is hashed with scrypt: slow on purpose.
describe('npm run user', { timeout: 120_000 }, () => {
  it('adds an admin with the password from stdin, which then verifies against the stored hash', async () => {
    const added = user(['add', 'ada', '--role', 'admin'], 'a long admin secret\n');
    expect(added.stderr).toBe('');
    expect(added.stdout).toBe('added ada (admin)\n');
    expect(added.status).toBe(0);
    const store = await openArticleStore(database);
    try {
      const account = await accountByName(store, 'ada');
      expect(account?.role).toBe('admin');
      expect(await verifyPassword('a long admin secret', account!.passwordHash!)).toBe(true);
    } finally {
      store.client.close();
    }
  });

  it('takes the password from WIREMAP_PASSWORD, lists, changes a role and removes', () => {
    expect(user(['add', 'cy', '--role', 'viewer'], '', { WIREMAP_PASSWORD: 'cy password 12' }).status).toBe(
      0
    );
    expect(user(['role', 'cy', 'analyst']).stdout).toBe('cy is now analyst\n');
    expect(user(['list']).stdout).toBe('ada\tadmin\tpassword\ncy\tanalyst\tpassword\n');
    expect(user(['remove', 'cy']).stdout).toBe('removed cy\n');
    expect(user(['list']).stdout).toBe('ada\tadmin\tpassword\n');
  });

  it('refuses with status 2 and one reason: a short password, no role, a bad name, the last admin', () => {
    const short = user(['add', 'bo', '--role', 'viewer'], 'short\n');
    expect([short.status, short.stderr]).toEqual([2, 'user: a password is at least 10 characters\n']);
    expect(user(['add', 'bo'], 'long enough password\n').stderr).toMatch(/^user: give a role/);
    expect(user(['add', '<b>', '--role', 'viewer'], 'long enough password\n').status).toBe(2);
    const last = user(['remove', 'ada']);
    expect(last.status).toBe(2);
    expect(last.stderr).toMatch(/last admin/);
    expect(user(['frobnicate']).status).toBe(2);
  });
});
