import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt's cost: N = 2^14, r = 8, p = 1, the scrypt paper's figure for interactive sign-ins
 * (16 MB, tens of ms), so a small shared server stays responsive while someone signs in; the
 * sign-in attempt limit keeps guessing slow. Each hash records its own parameters, so they can
 * be raised later without invalidating older hashes.
 */
const COST = { N: 2 ** 14, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  // maxmem: node's default (32 MB) is exactly 128·N·r and refuses it; give it room.
  const withMemory = { ...options, maxmem: 256 * (options.N ?? COST.N) * (options.r ?? COST.r) };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, withMemory, (error, key) =>
      error ? reject(error) : resolve(key)
    )
  );
}

/** A new hash of `password` with a random salt: `scrypt$N$r$p$salt$key` (base64). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether `password` matches `stored` (from hashPassword), compared in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p)
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * A hash no password matches in practice, checked when the name is unknown, so that a sign-in
 * for a missing account takes as long as one for an existing account with a wrong password.
 */
export const UNKNOWN_ACCOUNT_HASH = `scrypt$${COST.N}$${COST.r}$${COST.p}$${Buffer.alloc(SALT_BYTES).toString('base64')}$${Buffer.alloc(KEY_BYTES).toString('base64')}`;
