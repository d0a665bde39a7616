import type { Cookies } from '@sveltejs/kit';

/** The cookie that carries the session token. */
export const SESSION_COOKIE = 'wiremap_session';

/**
 * Sets the session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent with another
 * site's POST), Secure whenever the server is reached over https (ORIGIN or a proxy says so),
 * and ending with the session.
 */
export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
  cookies.set(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    expires: expiresAt
  });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(cookies: Cookies, url: URL): void {
  cookies.delete(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:'
  });
}
