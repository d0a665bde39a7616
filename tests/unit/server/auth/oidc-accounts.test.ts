import { beforeAll, describe, expect, it } from 'vitest';
import { authSettings, type OidcSettings } from '$lib/server/auth/auth-settings';
import { newOidcRole, oidcAccount } from '$lib/server/auth/oidc-accounts';
import type { OidcIdentity } from '$lib/server/auth/oidc-client';
import { addPasswordAccount, changeRole, listAccounts } from '$lib/server/auth/user-accounts';
import type { ArticleStore } from '$lib/server/store/open-article-store';
import { temporaryStore } from '../temporary-store';

const settings: OidcSettings = authSettings({
  WIREMAP_OIDC_ISSUER: 'https://login.example.org',
  WIREMAP_OIDC_CLIENT_ID: 'wiremap',
  WIREMAP_OIDC_CLIENT_SECRET: 'secret',
  WIREMAP_OIDC_ADMINS: 'boss@example.org',
  WIREMAP_OIDC_ANALYSTS: 'Desk@Example.org'
}).oidc!;

const person = (subject: string, more: Partial<OidcIdentity> = {}): OidcIdentity => ({
  issuer: 'https://login.example.org',
  subject,
  email: null,
  emailVerified: false,
  preferredName: null,
  ...more
});

let store: ArticleStore;
beforeAll(async () => {
  store = await temporaryStore();
  expect(
    await addPasswordAccount(store, { name: 'desk', role: 'admin', password: 'first admin secret' })
  ).toEqual({ ok: true });
}, 60_000);

describe('the role of a new OpenID Connect account', () => {
  it('comes from the lists only for a verified address, else the default', () => {
    expect(newOidcRole(settings, person('1', { email: 'boss@example.org', emailVerified: true }))).toBe(
      'admin'
    );
    expect(newOidcRole(settings, person('2', { email: 'desk@example.org', emailVerified: true }))).toBe(
      'analyst'
    );
    expect(newOidcRole(settings, person('3', { email: 'boss@example.org', emailVerified: false }))).toBe(
      'viewer'
    );
    expect(newOidcRole(settings, person('4'))).toBe('viewer');
  });
});

describe('OpenID Connect accounts', { timeout: 60_000 }, () => {
  it('are made once per (issuer, subject), with a free name, and keep the role an admin gives', async () => {
    const first = await oidcAccount(
      store,
      settings,
      person('s-1', { preferredName: 'desk', email: 'desk@example.org', emailVerified: true })
    );
    // "desk" is a password account already: the new one gets a number.
    expect(first).toMatchObject({ name: 'desk-2', role: 'analyst' });
    expect(await changeRole(store, 'desk-2', 'viewer')).toEqual({ ok: true });
    const again = await oidcAccount(store, settings, person('s-1', { preferredName: 'renamed' }));
    expect(again).toEqual({ ...first, role: 'viewer' });
    // The same subject at another issuer is another person.
    const other = await oidcAccount(store, settings, {
      ...person('s-1'),
      issuer: 'https://other.example.org'
    });
    expect(other.id).not.toBe(first.id);
    expect(other.name).toBe('s-1');
    const kinds = (await listAccounts(store)).map(({ name, signIn }) => `${name}:${signIn}`);
    expect(kinds).toEqual(['desk:password', 'desk-2:openid', 's-1:openid']);
  });
});
