import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedGeoJson } from '../../../src/lib/annotated/schema';
import { startServer, temporaryDirectory, type ServerProcess } from '../server-process';
import { as, jsonBody, postSignIn, signIn, type Session } from './account-requests';
import { call, floodArticle } from './api-requests';

// A server of its own with accounts on: an admin made at start from WIREMAP_ADMIN_PASSWORD, an
// analyst and a viewer made by the admin through the API; each role's allowed and refused calls.
const folder = temporaryDirectory();
const adminPassword = 'the first admin secret';
let server: ServerProcess;
let admin: Session;
let analyst: Session;
let viewer: Session;
let articleId: string;
let placeId: string;

const text = (data: string) => ({ type: 'text/plain', data });
const note = (version: number, words: string, client?: string) =>
  jsonBody({
    version,
    edit: { kind: 'note', target: { type: 'place', id: placeId }, text: words },
    ...(client ? { client } : {})
  });

beforeAll(async () => {
  server = await startServer(`${folder.path}/accounts.db`, {
    env: { WIREMAP_AUTH: 'on', WIREMAP_ADMIN_PASSWORD: adminPassword },
    readyStatus: 401
  });
  admin = await signIn(server.url, 'admin', adminPassword);
  for (const [name, role] of [
    ['anna', 'analyst'],
    ['victor', 'viewer']
  ]) {
    const added = await as(
      server.url,
      admin,
      'POST',
      '/api/users',
      jsonBody({ name, role, password: `${name} password 1` })
    );
    expect(added.status, added.text).toBe(201);
  }
  analyst = await signIn(server.url, 'anna', 'anna password 1');
  viewer = await signIn(server.url, 'victor', 'victor password 1');
  const stored = await as<{ id: string }>(
    server.url,
    analyst,
    'POST',
    '/api/articles',
    text(floodArticle('accounts'))
  );
  expect(stored.status).toBe(201);
  articleId = stored.body.id;
  const article = await as<{ annotated: AnnotatedGeoJson }>(
    server.url,
    viewer,
    'GET',
    `/api/articles/${articleId}`
  );
  placeId = article.body.annotated.features[0]!.id;
});

afterAll(async () => {
  await server?.stop();
  folder.remove();
});

describe('a stranger (nobody signed in)', () => {
  it('gets 401 with a reason from every API call, reads and writes alike, and stores nothing', async () => {
    for (const [method, path] of [
      ['GET', '/api/articles'],
      ['GET', `/api/articles/${articleId}`],
      ['GET', '/api/export'],
      ['GET', '/api/aggregate'],
      ['GET', '/api/gazetteer?q=Lviv'],
      ['GET', '/api/users'],
      ['GET', '/api/no-such-endpoint'],
      ['DELETE', `/api/articles/${articleId}`]
    ]) {
      const answer = await as(server.url, null, method!, path!);
      expect(answer.status, `${method} ${path}`).toBe(401);
      expect(answer.body.error).toMatch(/sign in first/);
    }
    const posted = await as(server.url, null, 'POST', '/api/articles', text(floodArticle('a stranger')));
    expect(posted.status).toBe(401);
    const list = await as<{ total: number }>(server.url, viewer, 'GET', '/api/articles');
    expect(list.body.total).toBe(2); // the seed and the analyst's article
  });

  it('is sent from a page to the sign-in page, which comes back to it after', async () => {
    const page = await as(server.url, null, 'GET', '/?article=abc');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/sign-in?to=%2F%3Farticle%3Dabc');
    expect((await as(server.url, null, 'GET', '/users')).headers.get('location')).toBe(
      '/sign-in?to=%2Fusers'
    );
    const signInPage = await as(server.url, null, 'GET', '/sign-in?to=%2F');
    expect(signInPage.status).toBe(200);
    expect(signInPage.text).toContain('name="password"');
  });

  it('still gets the public base map (Natural Earth boundaries, no article in it)', async () => {
    expect((await call(server.url, '/geodata/base-map.json')).status).toBe(200);
  });
});

describe('signing in and out', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie with an expiry (not Secure over plain http)', async () => {
    const answer = await postSignIn(server.url, 'victor', 'victor password 1', '/?article=x');
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe('/?article=x');
    const cookie = answer.headers.getSetCookie().find((line) => line.startsWith('wiremap_session='))!;
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).toMatch(/; Expires=/i);
    expect(cookie).not.toMatch(/; Secure/i);
  });

  it('refuses a wrong password or an unknown name with one reason and no cookie, and never goes elsewhere', async () => {
    for (const [name, password] of [
      ['victor', 'not his password'],
      ['nobody', 'victor password 1']
    ]) {
      const answer = await postSignIn(server.url, name!, password!);
      expect(answer.status).toBe(400);
      expect(await answer.text()).toContain('wrong name or password');
      expect(answer.headers.getSetCookie()).toEqual([]);
    }
    const away = await postSignIn(server.url, 'victor', 'victor password 1', '//evil.example/');
    expect(away.headers.get('location')).toBe('/');
  });

  it('ends the session on sign-out: the old cookie no longer works anywhere', async () => {
    const session = await signIn(server.url, 'victor', 'victor password 1');
    expect((await as(server.url, session, 'GET', '/api/session')).body).toEqual({
      accounts: true,
      user: { name: 'victor', role: 'viewer' }
    });
    const out = await as(server.url, session, 'POST', '/sign-out', {
      type: 'application/x-www-form-urlencoded',
      data: ''
    });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/sign-in');
    expect(out.headers.getSetCookie().join()).toMatch(/wiremap_session=; Max-Age=0; Path=\/; HttpOnly/i);
    expect((await as(server.url, session, 'GET', '/api/articles')).status).toBe(401);
  });
});

describe('a viewer', () => {
  it('reads everything: articles, one article, its trail and export, the export of all, aggregate, gazetteer, the page', async () => {
    for (const path of [
      '/api/articles',
      `/api/articles/${articleId}`,
      `/api/articles/${articleId}/edits`,
      `/api/articles/${articleId}/geojson`,
      '/api/export',
      '/api/aggregate',
      '/api/gazetteer?q=Lviv',
      '/'
    ]) {
      const answer = await fetch(new URL(path, server.url), {
        headers: { cookie: viewer.cookie },
        redirect: 'manual'
      });
      expect(answer.status, path).toBe(200);
      await answer.body?.cancel();
    }
  });

  it('is refused (403, with the role it needs) storing, editing, deleting, importing and the accounts', async () => {
    const refused = [
      await as(server.url, viewer, 'POST', '/api/articles', text(floodArticle('by a viewer'))),
      await as(server.url, viewer, 'POST', `/api/articles/${articleId}/edits`, note(0, 'a viewer note')),
      await as(server.url, viewer, 'DELETE', `/api/articles/${articleId}`),
      await as(server.url, viewer, 'POST', '/api/articles', { type: 'application/geo+json', data: '{}' }),
      await as(server.url, viewer, 'GET', '/api/users'),
      await as(server.url, viewer, 'PATCH', '/api/users/victor', jsonBody({ role: 'admin' }))
    ];
    expect(refused.map((answer) => answer.status)).toEqual([403, 403, 403, 403, 403, 403]);
    expect(refused[0]!.body.error).toBe('your role (viewer) may not do this: it needs analyst');
    const page = await as(server.url, viewer, 'GET', '/users');
    expect(page.status).toBe(403);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(
      (await as<{ version: number }>(server.url, viewer, 'GET', `/api/articles/${articleId}/edits`)).body
        .version
    ).toBe(0);
  });
});

describe('an analyst', () => {
  it('stores articles and edits them, recorded as the signed-in account whatever the client says', async () => {
    const edited = await as<{ edit: { client: string } }>(
      server.url,
      analyst,
      'POST',
      `/api/articles/${articleId}/edits`,
      note(0, 'checked against the governor statement', 'someone else')
    );
    expect(edited.status).toBe(201);
    expect(edited.body.edit.client).toBe('anna');
    const exported = await as(server.url, analyst, 'GET', `/api/articles/${articleId}/geojson`);
    expect(exported.text).toContain('"client":"anna"');
    expect(exported.text).not.toMatch(/127\.0\.0\.1|anonymous|someone else/);
  });

  it('is refused (403) deleting, importing (declared or not) and the accounts', async () => {
    const exported = (await as(server.url, analyst, 'GET', `/api/articles/${articleId}/geojson`)).text;
    const refused = [
      await as(server.url, analyst, 'DELETE', `/api/articles/${articleId}`),
      await as(server.url, analyst, 'POST', '/api/articles', {
        type: 'application/geo+json',
        data: exported
      }),
      await as(server.url, analyst, 'POST', '/api/articles', { type: 'application/json', data: exported }),
      await as(server.url, analyst, 'GET', '/api/users'),
      await as(
        server.url,
        analyst,
        'POST',
        '/api/users',
        jsonBody({ name: 'x', role: 'admin', password: 'x password 12' })
      )
    ];
    expect(refused.map((answer) => answer.status)).toEqual([403, 403, 403, 403, 403]);
    expect(refused[2]!.body.error).toBe('your role (analyst) may not import an export: it needs admin');
    expect((await as(server.url, analyst, 'GET', `/api/articles/${articleId}`)).status).toBe(200);
  });
});

describe('an admin', () => {
  it('deletes and imports articles: an export comes back with its trail and user names', async () => {
    const exported = (await as(server.url, admin, 'GET', `/api/articles/${articleId}/geojson`)).text;
    expect((await as(server.url, admin, 'DELETE', `/api/articles/${articleId}`)).status).toBe(204);
    const imported = await as<{ id: string }>(server.url, admin, 'POST', '/api/articles', {
      type: 'application/geo+json',
      data: exported
    });
    expect(imported.status, imported.text).toBe(201);
    const trail = await as<{ edits: { client: string }[] }>(
      server.url,
      admin,
      'GET',
      `/api/articles/${articleId}/edits`
    );
    expect(trail.body.edits.map((edit) => edit.client)).toEqual(['anna']);
  });

  it('manages accounts: lists them without hashes, changes a role (in force at once), removes one', async () => {
    const list = await as<{ users: { name: string; role: string }[] }>(
      server.url,
      admin,
      'GET',
      '/api/users'
    );
    expect(list.body.users.map(({ name, role }) => `${name}:${role}`)).toEqual([
      'admin:admin',
      'anna:analyst',
      'victor:viewer'
    ]);
    expect(list.text).not.toMatch(/scrypt|hash|subject/);
    expect(Object.keys(list.body.users[0]!).sort()).toEqual(['createdAt', 'name', 'role', 'signIn']);
    expect(
      (await as(server.url, admin, 'PATCH', '/api/users/victor', jsonBody({ role: 'analyst' }))).status
    ).toBe(200);
    const byVictor = await as(
      server.url,
      viewer,
      'POST',
      '/api/articles',
      text(floodArticle('victor promoted'))
    );
    expect(byVictor.status).toBe(201);
    expect((await as(server.url, admin, 'DELETE', '/api/users/victor')).status).toBe(204);
    expect((await as(server.url, viewer, 'GET', '/api/articles')).status).toBe(401);
    expect((await as(server.url, admin, 'GET', '/users')).text).toContain('anna');
  });

  it('refuses a taken name, a bad account, and removing or demoting the last admin', async () => {
    const taken = await as(
      server.url,
      admin,
      'POST',
      '/api/users',
      jsonBody({ name: 'anna', role: 'viewer', password: 'another secret 1' })
    );
    expect(taken.status).toBe(409);
    const short = await as(
      server.url,
      admin,
      'POST',
      '/api/users',
      jsonBody({ name: 'new', role: 'viewer', password: 'short' })
    );
    expect(short.status).toBe(400);
    expect(short.body.error).toMatch(/at least 10 characters/);
    const badName = await as(
      server.url,
      admin,
      'POST',
      '/api/users',
      jsonBody({ name: '<b>x</b>', role: 'viewer', password: 'long enough 123' })
    );
    expect(badName.status).toBe(400);
    expect((await as(server.url, admin, 'DELETE', '/api/users/admin')).status).toBe(409);
    expect(
      (await as(server.url, admin, 'PATCH', '/api/users/admin', jsonBody({ role: 'viewer' }))).status
    ).toBe(409);
    expect((await as(server.url, admin, 'DELETE', '/api/users/nobody')).status).toBe(404);
  });
});
