import type { Role } from './roles';

/** Who may make a request: anyone, or a signed-in user with at least this role. */
export type Access = 'public' | Role;

/**
 * The one table of who may call what when WIREMAP_AUTH is on: SvelteKit route id → method →
 * access. `src/hooks.server.ts` enforces it before any route runs; a unit test checks that every
 * route and method in src/routes has its row. Reading is viewer; storing and editing, analyst;
 * deleting, importing and accounts, admin.
 */
export const routeAccess: Readonly<Record<string, Readonly<Partial<Record<string, Access>>>>> = {
  '/': { GET: 'viewer' },
  '/sign-in': { GET: 'public', POST: 'public' },
  // OpenID Connect: sending a stranger to the provider, and taking them back, is signing in.
  '/sign-in/oidc': { GET: 'public' },
  '/sign-in/oidc/callback': { GET: 'public' },
  // Signing out ends whatever session the cookie names; without one there is nothing to end.
  '/sign-out': { POST: 'public' },
  '/users': { GET: 'admin', POST: 'admin' },
  // The base map's boundaries (public Natural Earth data), prerendered and served as a static file.
  '/geodata/[file]': { GET: 'public' },
  '/api/session': { GET: 'viewer' },
  '/api/articles': { GET: 'viewer', POST: 'analyst' },
  '/api/articles/[id]': { GET: 'viewer', DELETE: 'admin' },
  '/api/articles/[id]/edits': { GET: 'viewer', POST: 'analyst' },
  '/api/articles/[id]/geojson': { GET: 'viewer' },
  '/api/articles/[id]/csv/[table]': { GET: 'viewer' },
  '/api/articles/[id]/image.[format]': { GET: 'viewer' },
  // The published view reads like the dashboard: with accounts on, a viewer's session is needed.
  '/embed/[id]': { GET: 'viewer' },
  '/embed/[id]/[file]': { GET: 'viewer' },
  '/api/export': { GET: 'viewer' },
  '/api/aggregate': { GET: 'viewer' },
  '/api/analyses': { GET: 'viewer' },
  '/api/analyses/[id]': { GET: 'viewer' },
  '/api/gazetteer': { GET: 'viewer' },
  // Subscribing makes the server fetch and store articles: an analyst's; removing one, too.
  '/api/feeds': { GET: 'viewer', POST: 'analyst' },
  '/api/feeds/[id]': { DELETE: 'analyst' },
  '/api/feeds/[id]/refresh': { POST: 'analyst' },
  '/api/users': { GET: 'admin', POST: 'admin' },
  '/api/users/[name]': { PATCH: 'admin', DELETE: 'admin' }
};

/**
 * Importing an export through `POST /api/articles` needs more than storing a text, and which one
 * a POST is shows only once its body is read, so the route checks this row itself.
 */
export const importAccess: Role = 'admin';

/**
 * The access a request needs: its row in `routeAccess`. HEAD is GET. A path no route matches
 * needs a signed-in viewer (who then gets the 404, so strangers learn nothing of the API); a
 * method a route lacks, the same (the 405); a route missing from the table, admin, so a new
 * route is closed until someone gives it its row.
 */
export function requiredAccess(routeId: string | null, method: string): Access {
  if (routeId === null) return 'viewer';
  const row = routeAccess[routeId];
  if (!row) return 'admin';
  return row[method === 'HEAD' ? 'GET' : method] ?? 'viewer';
}
