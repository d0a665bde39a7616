import { error, redirect } from '@sveltejs/kit';
import { processAuthSettings } from '$lib/server/auth/auth-settings';
import { oidcAccount } from '$lib/server/auth/oidc-accounts';
import { finishOidcSignIn, oidcConfiguration } from '$lib/server/auth/oidc-client';
import { takePendingCookie } from '$lib/server/auth/oidc-pending-cookie';
import { setSessionCookie } from '$lib/server/auth/session-cookie';
import { startSession } from '$lib/server/auth/sessions';
import { articleStore } from '$lib/server/store/article-store';
import type { RequestHandler } from './$types';

/**
 * Where the provider sends the browser back: the code is exchanged and the ID token verified
 * (state, nonce, PKCE through openid-client), the account found or made by (issuer, subject), and
 * the same session started as a password sign-in. Anything that does not match is a 400.
 */
export const GET: RequestHandler = async ({ url, cookies }) => {
  const settings = processAuthSettings();
  if (!settings.enabled || !settings.oidc) error(404, 'this server has no OpenID Connect sign-in');
  const pending = takePendingCookie(cookies, url);
  if (!pending) error(400, 'this sign-in did not start here or took over ten minutes: sign in again');
  let identity;
  try {
    identity = await finishOidcSignIn(await oidcConfiguration(settings.oidc), url, pending);
  } catch (cause) {
    const reason = refusalReason(cause);
    error(400, `the sign-in provider's answer was refused (${reason}): sign in again`);
  }
  const store = await articleStore();
  const user = await oidcAccount(store, settings.oidc, identity);
  const session = await startSession(store, user.id, settings.sessionHours);
  setSessionCookie(cookies, url, session.token, session.expiresAt);
  redirect(303, pending.to);
};

/** The library's reason, with the one inside it ("invalid response encountered" says too little). */
function refusalReason(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
  return `${cause.message}${inner}`;
}
