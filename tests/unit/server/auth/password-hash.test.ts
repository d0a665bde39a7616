import { describe, expect, it } from 'vitest';
import { hashPassword, UNKNOWN_ACCOUNT_HASH, verifyPassword } from '$lib/server/auth/password-hash';

// scrypt is slow on purpose, and slower still on a busy machine.
describe('password hashing (scrypt)', { timeout: 60_000 }, () => {
  it('records scheme, cost, salt and key, and never the password', async () => {
    const hash = await hashPassword('a long enough secret');
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(hash).not.toContain('secret');
  });

  it('salts each hash: the same password twice gives two hashes, both of which verify', async () => {
    const [first, second] = await Promise.all([
      hashPassword('same words here'),
      hashPassword('same words here')
    ]);
    expect(first).not.toBe(second);
    expect(await verifyPassword('same words here', first)).toBe(true);
    expect(await verifyPassword('same words here', second)).toBe(true);
  });

  it('refuses a wrong password, a changed hash and a hash of another scheme', async () => {
    const hash = await hashPassword('the right password');
    expect(await verifyPassword('the wrong password', hash)).toBe(false);
    expect(await verifyPassword('the right passwor', hash)).toBe(false);
    const parts = hash.split('$');
    const otherSalt = [...parts.slice(0, 4), Buffer.alloc(16, 1).toString('base64'), parts[5]].join('$');
    expect(await verifyPassword('the right password', otherSalt)).toBe(false);
    expect(await verifyPassword('the right password', `bcrypt$${parts.slice(1).join('$')}`)).toBe(false);
    expect(await verifyPassword('the right password', 'plain text')).toBe(false);
  });

  it('compares Unicode passwords in one normal form: é typed two ways is the same password', async () => {
    const hash = await hashPassword('caf\u00e9 au lait 2026');
    expect(await verifyPassword('cafe\u0301 au lait 2026', hash)).toBe(true);
  });

  it('has an unknown-account hash that the empty and ordinary passwords do not match', async () => {
    expect(await verifyPassword('', UNKNOWN_ACCOUNT_HASH)).toBe(false);
    expect(await verifyPassword('a long enough secret', UNKNOWN_ACCOUNT_HASH)).toBe(false);
  });
});
