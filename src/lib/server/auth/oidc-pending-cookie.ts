import type { Cookies } from '@sveltejs/kit';
import { z } from 'zod';
import type { PendingOidcSignIn } from './oidc-client';
import { returnPath } from './return-path';

/** The cookie that keeps a sign-in's state, nonce and PKCE verifier while the provider asks. */
const PENDING_COOKIE = 'wiremap_oidc';
const pendingSchema = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  verifier: z.string().min(1),
  to: z.string()
});

/**
 * Keeps a pending sign-in for ten minutes: HttpOnly, only sent to /sign-in/oidc, SameSite=Lax
 * (Lax, not Strict: the provider's redirect back is another site's top-level GET, which Lax allows).
 */
export function setPendingCookie(cookies: Cookies, url: URL, pending: PendingOidcSignIn): void {
  cookies.set(PENDING_COOKIE, JSON.stringify(pending), {
    path: '/sign-in/oidc',
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    maxAge: 600
  });
}

/** The pending sign-in the cookie holds (then removed: each is used once), or null. */
export function takePendingCookie(cookies: Cookies, url: URL): PendingOidcSignIn | null {
  const raw = cookies.get(PENDING_COOKIE);
  if (raw === undefined) return null;
  cookies.delete(PENDING_COOKIE, {
    path: '/sign-in/oidc',
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:'
  });
  try {
    const pending = pendingSchema.parse(JSON.parse(raw));
    return { ...pending, to: returnPath(pending.to) };
  } catch {
    return null;
  }
}
