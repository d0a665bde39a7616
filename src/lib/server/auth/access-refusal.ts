import { redirect, type RequestEvent } from '@sveltejs/kit';
import { jsonError } from '../api/json-error';
import { databaseUnavailable } from '../db/database-unavailable';
import { articleStore } from '../store/article-store';
import { processAuthSettings } from './auth-settings';
import { requiredAccess } from './route-access';
import { roleAllows, type Role } from './roles';
import { SESSION_COOKIE } from './session-cookie';
import { sessionUser } from './sessions';

/** Where a page that needs a signed-in user sends a stranger, coming back to `url` after. */
export function signInPath(url: URL): string {
  return `/sign-in?to=${encodeURIComponent(url.pathname + url.search)}`;
}

/** A page that says the role does not reach, under a CSP that lets nothing load. */
function forbiddenPage(role: Role): Response {
  const body =
    '<!doctype html><meta charset="utf-8"><title>Not allowed · wiremap</title>' +
    `<p>An account with the role ${role} may not open this page.</p><p><a href="/">Back to the dashboard</a></p>`;
  return new Response(body, {
    status: 403,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'"
    }
  });
}

/**
 * When WIREMAP_AUTH is on: finds who the session cookie signs in (`event.locals.user`) and
 * checks the request against `routeAccess`. Returns the refusal to answer (API: 401 when
 * nobody is signed in, 403 when the role does not reach; a database that cannot be read, 503),
 * or null to go ahead; a page for a stranger redirects (303) to the sign-in page.
 */
export async function accessRefusal(event: RequestEvent): Promise<Response | null> {
  if (!processAuthSettings().enabled) return null;
  const isApi = event.url.pathname.startsWith('/api/');
  const token = event.cookies.get(SESSION_COOKIE);
  if (token) {
    try {
      event.locals.user = (await sessionUser(await articleStore(), token)) ?? undefined;
    } catch (error) {
      const unavailable = databaseUnavailable(error);
      if (!unavailable) throw error;
      const retryAfter = { 'retry-after': String(unavailable.retryAfter) };
      if (isApi) return jsonError(503, unavailable.reason, {}, retryAfter);
      return new Response(`The database is unavailable: ${unavailable.reason}.`, {
        status: 503,
        headers: retryAfter
      });
    }
  }
  const needed = requiredAccess(event.route.id, event.request.method);
  if (needed === 'public') return null;
  const user = event.locals.user;
  if (!user) {
    if (isApi)
      return jsonError(401, 'sign in first: this server needs an account (POST /sign-in, see docs/api.md)');
    redirect(303, signInPath(event.url));
  }
  if (roleAllows(user.role, needed)) return null;
  if (isApi) return jsonError(403, `your role (${user.role}) may not do this: it needs ${needed}`);
  return forbiddenPage(user.role);
}

/**
 * The 403 for a request whose route needs more than its row in `routeAccess` says once the body
 * is read (an import), or null when the signed-in user may, or accounts are off.
 */
export function roleRefusal(locals: App.Locals, needed: Role, what: string): Response | null {
  if (!processAuthSettings().enabled) return null;
  const role = locals.user?.role;
  if (role && roleAllows(role, needed)) return null;
  return jsonError(403, `your role (${role ?? 'none'}) may not ${what}: it needs ${needed}`);
}

/**
 * Who an edit is recorded as: the signed-in account's name when accounts are on (whatever the
 * client calls itself), else null and the self-declared client name is used.
 */
export function auditName(locals: App.Locals): string | null {
  return locals.user?.name ?? null;
}
