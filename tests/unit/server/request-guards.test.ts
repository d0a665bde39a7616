import { describe, expect, it } from 'vitest';
import { allowedHosts, hostAllowed, readOnlyMethodRefused } from '../../../scripts/request-guards.mjs';

describe('allowedHosts and hostAllowed', () => {
  it('answers for this machine by default, at any port', () => {
    const hosts = allowedHosts({});
    for (const host of ['localhost', 'localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'LOCALHOST:80'])
      expect(hostAllowed(host, hosts), host).toBe(true);
    for (const host of [
      undefined,
      '',
      'evil.example:3000',
      '127.0.0.2',
      'localhost.evil.example',
      '[::2]',
      'a b',
      'localhost@evil.example'
    ])
      expect(hostAllowed(host, hosts), String(host)).toBe(false);
  });

  it('adds the host of ORIGIN and each name of WIREMAP_ALLOWED_HOSTS', () => {
    const hosts = allowedHosts({
      ORIGIN: 'https://maps.example',
      WIREMAP_ALLOWED_HOSTS: ' Wiremap.Team.example ,10.0.0.5,'
    });
    for (const host of [
      'maps.example',
      'maps.example:443',
      'wiremap.team.example:3000',
      '10.0.0.5',
      'localhost'
    ])
      expect(hostAllowed(host, hosts), host).toBe(true);
    expect(hostAllowed('team.example', hosts)).toBe(false);
  });
});

describe('readOnlyMethodRefused', () => {
  const files = new Set(['/favicon.svg', '/geodata/base-map.json']);

  it('refuses every method but GET and HEAD on static files, /geodata/ and __data.json', () => {
    for (const path of [
      '/favicon.svg',
      '/geodata/base-map.json',
      '/geodata/anything',
      '/__data.json',
      '/x/__data.json'
    ])
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])
        expect(readOnlyMethodRefused(method, path, files)).toBe(true);
    for (const method of ['GET', 'HEAD'])
      expect(readOnlyMethodRefused(method, '/favicon.svg', files)).toBe(false);
  });

  it('leaves the API and pages to the app', () => {
    for (const path of ['/api/articles', '/', '/nonexistent'])
      expect(readOnlyMethodRefused('POST', path, files)).toBe(false);
  });
});
