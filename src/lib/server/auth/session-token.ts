import { createHash, randomBytes } from 'node:crypto';

/** A new session token: 32 random bytes, base64url; only the browser's cookie holds it. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the database keeps of a token: its sha256 in hex, so a copy of the database signs
 * nobody in. A plain hash suffices (no salt or scrypt): the token is 256 random bits.
 */
export function sessionTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
