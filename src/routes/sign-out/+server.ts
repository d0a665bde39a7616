import { redirect } from '@sveltejs/kit';
import { clearSessionCookie, SESSION_COOKIE } from '$lib/server/auth/session-cookie';
import { endSession } from '$lib/server/auth/sessions';
import { articleStore } from '$lib/server/store/article-store';
import type { RequestHandler } from './$types';

/** Signs out: ends the session in the database (the token stops working everywhere), clears the cookie. */
export const POST: RequestHandler = async ({ cookies, url }) => {
  const token = cookies.get(SESSION_COOKIE);
  if (token) await endSession(await articleStore(), token);
  clearSessionCookie(cookies, url);
  redirect(303, '/sign-in');
};
