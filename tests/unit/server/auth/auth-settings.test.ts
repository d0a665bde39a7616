import { describe, expect, it } from 'vitest';
import { authSettings } from '$lib/server/auth/auth-settings';
import { returnPath } from '$lib/server/auth/return-path';

describe('authSettings', () => {
  it('is off unless WIREMAP_AUTH says on', () => {
    expect(authSettings({}).enabled).toBe(false);
    for (const off of ['', 'off', 'false', '0', 'no', 'OFF'])
      expect(authSettings({ WIREMAP_AUTH: off }).enabled).toBe(false);
    for (const on of ['on', 'true', '1', 'yes', ' On '])
      expect(authSettings({ WIREMAP_AUTH: on }).enabled).toBe(true);
  });

  it('refuses a value it cannot read rather than running open', () => {
    expect(() => authSettings({ WIREMAP_AUTH: 'enabled' })).toThrow(/WIREMAP_AUTH must be on or off/);
    expect(() => authSettings({ WIREMAP_SESSION_HOURS: '-1' })).toThrow(/WIREMAP_SESSION_HOURS/);
  });

  it('reads the session length, 12 hours unless set', () => {
    expect(authSettings({}).sessionHours).toBe(12);
    expect(authSettings({ WIREMAP_SESSION_HOURS: '0.5' }).sessionHours).toBe(0.5);
  });

  it('reads OpenID Connect only with an issuer, and then needs the client id and secret', () => {
    expect(authSettings({}).oidc).toBeNull();
    expect(() => authSettings({ WIREMAP_OIDC_ISSUER: 'http://127.0.0.1:9/' })).toThrow(/CLIENT_ID/);
    const oidc = authSettings({
      WIREMAP_OIDC_ISSUER: 'http://127.0.0.1:9/',
      WIREMAP_OIDC_CLIENT_ID: 'wiremap',
      WIREMAP_OIDC_CLIENT_SECRET: 'shh',
      WIREMAP_OIDC_ADMINS: ' Ada@Example.org , ',
      WIREMAP_OIDC_ANALYSTS: 'cy@example.org'
    }).oidc;
    expect(oidc).toMatchObject({ issuer: 'http://127.0.0.1:9/', clientId: 'wiremap', defaultRole: 'viewer' });
    expect([...oidc!.admins]).toEqual(['ada@example.org']);
    expect([...oidc!.analysts]).toEqual(['cy@example.org']);
    expect(() =>
      authSettings({
        WIREMAP_OIDC_ISSUER: 'http://127.0.0.1:9/',
        WIREMAP_OIDC_CLIENT_ID: 'wiremap',
        WIREMAP_OIDC_CLIENT_SECRET: 'shh',
        WIREMAP_OIDC_ROLE: 'owner'
      })
    ).toThrow(/WIREMAP_OIDC_ROLE/);
  });
});

describe('returnPath', () => {
  it('goes back only to a path on this server', () => {
    expect(returnPath('/?article=abc')).toBe('/?article=abc');
    expect(returnPath('/users')).toBe('/users');
    for (const away of [
      '//evil.example/',
      '/\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '',
      null,
      '/\nx'
    ])
      expect(returnPath(away)).toBe('/');
  });
});
