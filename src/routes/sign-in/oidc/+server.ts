import { error, redirect } from '@sveltejs/kit';
import { processAuthSettings } from '$lib/server/auth/auth-settings';
import { beginOidcSignIn, oidcConfiguration } from '$lib/server/auth/oidc-client';
import { setPendingCookie } from '$lib/server/auth/oidc-pending-cookie';
import { returnPath } from '$lib/server/auth/return-path';
import type { RequestHandler } from './$types';

/** Starts an OpenID Connect sign-in: keeps state, nonce and PKCE verifier in a cookie, sends the browser to the provider. */
export const GET: RequestHandler = async ({ url, cookies }) => {
  const settings = processAuthSettings();
  if (!settings.enabled || !settings.oidc) error(404, 'this server has no OpenID Connect sign-in');
  let config;
  try {
    config = await oidcConfiguration(settings.oidc);
  } catch (cause) {
    console.error('OpenID Connect discovery failed:', cause);
    error(502, `the sign-in provider ${settings.oidc.issuer} cannot be reached; try again later`);
  }
  const to = returnPath(url.searchParams.get('to'));
  const started = await beginOidcSignIn(config, new URL('/sign-in/oidc/callback', url).href, to);
  setPendingCookie(cookies, url, started.pending);
  redirect(303, started.url.href);
};
