import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAccess, requiredAccess, routeAccess } from '$lib/server/auth/route-access';
import { roleAllows, roles } from '$lib/server/auth/roles';

/** Every route in src/routes with the methods its files answer: +server.ts exports, pages GET (+ POST with actions). */
function routesOnDisk(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      const id = '/' + relative('src/routes', directory).split('\\').join('/');
      const routeId = id === '/' ? '/' : id.replace(/\/$/, '');
      const methods = found.get(routeId) ?? new Set<string>();
      if (entry.name === '+server.ts') {
        for (const [, method] of readFileSync(path, 'utf8').matchAll(
          /export const (GET|POST|PUT|PATCH|DELETE)\b/g
        ))
          methods.add(method!);
      } else if (entry.name === '+page.svelte') methods.add('GET');
      else if (entry.name === '+page.server.ts' && /export const actions/.test(readFileSync(path, 'utf8')))
        methods.add('POST');
      else continue;
      found.set(routeId, methods);
    }
  };
  walk('src/routes');
  return found;
}

describe('the route → role table', () => {
  it('has a row for every route and method in src/routes, and none for a route that is gone', () => {
    const onDisk = routesOnDisk();
    expect(onDisk.size).toBeGreaterThan(10);
    for (const [route, methods] of onDisk) {
      for (const method of methods) expect(routeAccess[route]?.[method], `${method} ${route}`).toBeDefined();
    }
    for (const [route, row] of Object.entries(routeAccess)) {
      expect(onDisk.has(route), route).toBe(true);
      for (const method of Object.keys(row))
        expect(onDisk.get(route)?.has(method), `${method} ${route}`).toBe(true);
    }
  });

  it('lets viewers read, analysts store and edit, and keeps delete, import and accounts for admins', () => {
    expect(requiredAccess('/', 'GET')).toBe('viewer');
    expect(requiredAccess('/api/articles', 'GET')).toBe('viewer');
    expect(requiredAccess('/api/export', 'GET')).toBe('viewer');
    expect(requiredAccess('/api/articles', 'POST')).toBe('analyst');
    expect(requiredAccess('/api/articles/[id]/edits', 'POST')).toBe('analyst');
    expect(requiredAccess('/api/articles/[id]', 'DELETE')).toBe('admin');
    expect(importAccess).toBe('admin');
    expect(requiredAccess('/api/users', 'GET')).toBe('admin');
    expect(requiredAccess('/api/users/[name]', 'PATCH')).toBe('admin');
    expect(requiredAccess('/users', 'POST')).toBe('admin');
  });

  it('opens only the sign-in (password and OpenID Connect), sign-out and the public base map to strangers', () => {
    const open = Object.entries(routeAccess).flatMap(([route, row]) =>
      Object.entries(row)
        .filter(([, access]) => access === 'public')
        .map(([method]) => `${method} ${route}`)
    );
    expect(open.sort()).toEqual([
      'GET /geodata/[file]',
      'GET /sign-in',
      'GET /sign-in/oidc',
      'GET /sign-in/oidc/callback',
      'POST /sign-in',
      'POST /sign-out'
    ]);
  });

  it('reads HEAD as GET, asks a viewer for unknown paths and methods, and an admin for a route without a row', () => {
    expect(requiredAccess('/api/export', 'HEAD')).toBe('viewer');
    expect(requiredAccess('/sign-in', 'HEAD')).toBe('public');
    expect(requiredAccess(null, 'POST')).toBe('viewer');
    expect(requiredAccess('/api/export', 'PUT')).toBe('viewer');
    expect(requiredAccess('/a/route/nobody/listed', 'GET')).toBe('admin');
  });
});

describe('roles', () => {
  it('orders viewer < analyst < admin, each allowed what the ones before it are', () => {
    expect(roles).toEqual(['viewer', 'analyst', 'admin']);
    expect(roleAllows('admin', 'viewer')).toBe(true);
    expect(roleAllows('analyst', 'analyst')).toBe(true);
    expect(roleAllows('analyst', 'admin')).toBe(false);
    expect(roleAllows('viewer', 'analyst')).toBe(false);
  });
});
