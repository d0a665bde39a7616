import { fail, redirect } from '@sveltejs/kit';
import { processAuthSettings } from '$lib/server/auth/auth-settings';
import { passwordSignIn } from '$lib/server/auth/password-sign-in';
import { returnPath } from '$lib/server/auth/return-path';
import { setSessionCookie } from '$lib/server/auth/session-cookie';
import { startSession } from '$lib/server/auth/sessions';
import { articleStore } from '$lib/server/store/article-store';
import type { Actions, PageServerLoad } from './$types';

/** The sign-in form (and the OpenID Connect button when configured); someone already signed in, or a server without accounts, goes on at once. */
export const load: PageServerLoad = ({ locals, url }) => {
  const settings = processAuthSettings();
  const to = returnPath(url.searchParams.get('to'));
  if (!settings.enabled || locals.user) redirect(303, to);
  // The provider's host names the button ("Sign in with login.example.org").
  const provider = settings.oidc ? new URL(settings.oidc.issuer).host : null;
  return { to, provider };
};

/** The client's address for the attempt limit; adapter-node throws when ADDRESS_HEADER is set but missing. */
function clientAddress(address: () => string): string {
  try {
    return address();
  } catch {
    return 'unknown address';
  }
}

export const actions: Actions = {
  /** Checks the name and password, starts a session in a cookie and goes where `to` says. */
  default: async ({ request, cookies, url, getClientAddress }) => {
    const settings = processAuthSettings();
    const form = await request.formData();
    const to = returnPath(form.get('to'));
    if (!settings.enabled) redirect(303, to);
    const name = String(form.get('name') ?? '').slice(0, 200);
    const password = String(form.get('password') ?? '');
    const store = await articleStore();
    const outcome = await passwordSignIn(store, clientAddress(getClientAddress), name, password);
    if (!outcome.ok) return fail(outcome.status, { name, reason: outcome.reason });
    const session = await startSession(store, outcome.user.id, settings.sessionHours);
    setSessionCookie(cookies, url, session.token, session.expiresAt);
    redirect(303, to);
  }
};
