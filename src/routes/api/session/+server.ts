import { json } from '@sveltejs/kit';
import { processAuthSettings } from '$lib/server/auth/auth-settings';
import type { RequestHandler } from './$types';

/** Who this request is signed in as: `{accounts: true, user: {name, role}}`, or `{accounts: false, user: null}`. */
export const GET: RequestHandler = ({ locals }) =>
  json({
    accounts: processAuthSettings().enabled,
    user: locals.user ? { name: locals.user.name, role: locals.user.role } : null
  });
