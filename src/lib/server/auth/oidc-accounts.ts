import type { ArticleStore } from '../store/open-article-store';
import { queuedWrite } from '../store/queued-write';
import type { OidcSettings } from './auth-settings';
import type { OidcIdentity } from './oidc-client';
import { roleSchema, type Role, type SignedInUser } from './roles';

/** The key an OpenID Connect account is found by: issuer and subject, which never change. */
export function oidcSubjectKey(identity: Pick<OidcIdentity, 'issuer' | 'subject'>): string {
  return `${identity.issuer} ${identity.subject}`;
}

/**
 * The role a new OpenID Connect account gets: admin or analyst when WIREMAP_OIDC_ADMINS or
 * WIREMAP_OIDC_ANALYSTS names its e-mail and the provider verified that address, else the
 * default role (WIREMAP_OIDC_ROLE, viewer unless set).
 */
export function newOidcRole(settings: OidcSettings, identity: OidcIdentity): Role {
  if (identity.email && identity.emailVerified) {
    if (settings.admins.has(identity.email)) return 'admin';
    if (settings.analysts.has(identity.email)) return 'analyst';
  }
  return settings.defaultRole;
}

/** The account name to try: the preferred user name, the e-mail, else the subject. */
function baseName(identity: OidcIdentity): string {
  return (identity.preferredName ?? identity.email ?? identity.subject).slice(0, 60);
}

/**
 * The account of this (issuer, subject), made on its first sign-in with the role `newOidcRole`
 * gives; an existing account keeps the role an admin gave it. A name already taken by another
 * account gets a number ("ada-2").
 */
export function oidcAccount(
  store: ArticleStore,
  settings: OidcSettings,
  identity: OidcIdentity
): Promise<SignedInUser> {
  const key = oidcSubjectKey(identity);
  return queuedWrite(store, async () => {
    const existing = await accountBySubject(store, key);
    if (existing) return existing;
    const role = newOidcRole(settings, identity);
    const base = baseName(identity);
    for (let attempt = 1; attempt <= 50; attempt++) {
      const name = attempt === 1 ? base : `${base}-${attempt}`;
      const inserted = await store.client.execute({
        sql: 'INSERT INTO users (name, role, oidc_subject, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
        args: [name, role, key, new Date().toISOString()]
      });
      if (inserted.rowsAffected === 1) return (await accountBySubject(store, key))!;
    }
    throw new Error(`no free account name for ${base}: 50 taken`);
  });
}

async function accountBySubject(store: ArticleStore, key: string): Promise<SignedInUser | null> {
  const result = await store.client.execute({
    sql: 'SELECT id, name, role FROM users WHERE oidc_subject = ?',
    args: [key]
  });
  const row = result.rows[0];
  const role = roleSchema.safeParse(row?.role);
  if (!row || !role.success) return null;
  return { id: Number(row.id), name: String(row.name), role: role.data };
}
