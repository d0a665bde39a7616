import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, temporaryDirectory, type ServerProcess } from '../server-process';
import { as, signIn } from './account-requests';
import { startLocalProvider, type LocalProvider } from './oidc-provider';

// A server with accounts on and OpenID Connect pointed at a real local provider (oidc-provider on
// 127.0.0.1): the whole authorization-code flow driven as a browser without script would.
const folder = temporaryDirectory();
const adminPassword = 'the first admin secret';
let provider: LocalProvider;
let server: ServerProcess;

/** Cookies per origin, as a browser keeps them (paths ignored: sending more is harmless here). */
class CookieJar {
  private readonly jars = new Map<string, Map<string, string>>();
  header(url: URL): string {
    return [...(this.jars.get(url.origin) ?? new Map<string, string>())]
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
  }
  keep(url: URL, response: Response): void {
    const jar = this.jars.get(url.origin) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (expired) jar.delete(name);
      else jar.set(name, pair!.slice(at + 1));
    }
    this.jars.set(url.origin, jar);
  }
  get(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }
}

/** One request with the jar's cookies and no redirect followed; keeps what it sets. */
async function step(jar: CookieJar, url: URL, form?: Record<string, string>): Promise<Response> {
  const headers: Record<string, string> = { cookie: jar.header(url), accept: 'text/html' };
  if (form) headers['content-type'] = 'application/x-www-form-urlencoded';
  const response = await fetch(url, {
    method: form ? 'POST' : 'GET',
    headers,
    body: form ? new URLSearchParams(form) : undefined,
    redirect: 'manual'
  });
  jar.keep(url, response);
  return response;
}

/** Follows redirects from `url` until an answer that is not one; returns it and its URL. */
async function follow(jar: CookieJar, start: URL): Promise<{ url: URL; response: Response }> {
  let url = start;
  for (let hops = 0; hops < 15; hops++) {
    const response = await step(jar, url);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return { url, response };
    await response.body?.cancel();
    url = new URL(location, url);
  }
  throw new Error(`too many redirects from ${start}`);
}

/** Signs in through the provider as `login`, approving its consent page; returns the last answer. */
async function providerSignIn(jar: CookieJar, login: string, to = '/') {
  const entry = new URL(`/sign-in/oidc?to=${encodeURIComponent(to)}`, server.url);
  let { url, response } = await follow(jar, entry);
  expect(url.origin, 'the login page is the provider').toBe(provider.issuer);
  await response.text();
  let posted = await step(jar, url, { prompt: 'login', login, password: 'not checked' });
  ({ url, response } = await follow(jar, new URL(posted.headers.get('location')!, url)));
  if (url.origin === provider.issuer && url.pathname.startsWith('/interaction/')) {
    await response.text();
    posted = await step(jar, url, { prompt: 'consent' });
    ({ url, response } = await follow(jar, new URL(posted.headers.get('location')!, url)));
  }
  return { url, response };
}

beforeAll(async () => {
  provider = await startLocalProvider({
    ada: { email: 'Ada@example.org', email_verified: true, preferred_username: 'ada.l' },
    otto: { email: 'otto@example.org', email_verified: false, preferred_username: 'otto' }
  });
  server = await startServer(`${folder.path}/oidc.db`, {
    env: {
      WIREMAP_AUTH: 'on',
      WIREMAP_ADMIN_PASSWORD: adminPassword,
      WIREMAP_OIDC_ISSUER: provider.issuer,
      WIREMAP_OIDC_CLIENT_ID: 'wiremap',
      WIREMAP_OIDC_CLIENT_SECRET: 'a test client secret',
      // Ada's verified address makes her an analyst; Otto's unverified one must not.
      WIREMAP_OIDC_ANALYSTS: 'ada@example.org, otto@example.org'
    },
    readyStatus: 401
  });
  provider.register({
    id: 'wiremap',
    secret: 'a test client secret',
    redirectUri: `${server.url}/sign-in/oidc/callback`
  });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await provider?.close();
  folder.remove();
});

describe('OpenID Connect sign-in', () => {
  it('offers the provider on the sign-in page', async () => {
    const page = await fetch(new URL('/sign-in', server.url));
    const html = await page.text();
    expect(html).toContain(`Sign in with ${new URL(provider.issuer).host}`);
    expect(html).toMatch(/href="[./]*sign-in\/oidc\?to=%2F"/);
  });

  it('starts with state, nonce and an S256 PKCE challenge', async () => {
    const jar = new CookieJar();
    const started = await step(jar, new URL('/sign-in/oidc', server.url));
    expect(started.status).toBe(303);
    const to = new URL(started.headers.get('location')!);
    expect(to.origin).toBe(provider.issuer);
    expect(to.searchParams.get('response_type')).toBe('code');
    expect(to.searchParams.get('state')).toBeTruthy();
    expect(to.searchParams.get('nonce')).toBeTruthy();
    expect(to.searchParams.get('code_challenge_method')).toBe('S256');
    expect(to.searchParams.get('redirect_uri')).toBe(`${server.url}/sign-in/oidc/callback`);
    expect(jar.get(server.url, 'wiremap_oidc')).toBeTruthy();
  });

  it('signs a new person in, makes the account with the role the settings give, and returns where asked', async () => {
    const jar = new CookieJar();
    const { url, response } = await providerSignIn(jar, 'ada', '/?view=list');
    await response.body?.cancel();
    expect(url.href).toBe(`${server.url}/?view=list`);
    expect(response.status).toBe(200);
    const cookie = jar.get(server.url, 'wiremap_session');
    expect(cookie).toBeTruthy();
    const session = await as<{ user: { name: string; role: string } }>(
      server.url,
      { cookie: `wiremap_session=${cookie}` },
      'GET',
      '/api/session'
    );
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({ name: 'ada.l', role: 'analyst' });
  });

  it('gives the default role (viewer) when the e-mail is not verified, and finds the same account next time', async () => {
    for (let time = 0; time < 2; time++) {
      const jar = new CookieJar();
      const { response } = await providerSignIn(jar, 'otto');
      await response.body?.cancel();
      const cookie = jar.get(server.url, 'wiremap_session');
      const session = await as<{ user: { name: string; role: string } }>(
        server.url,
        { cookie: `wiremap_session=${cookie}` },
        'GET',
        '/api/session'
      );
      expect(session.body.user).toMatchObject({ name: 'otto', role: 'viewer' });
    }
    const admin = await signIn(server.url, 'admin', adminPassword);
    const users = await as<{ users: { name: string; signIn: string }[] }>(
      server.url,
      admin,
      'GET',
      '/api/users'
    );
    expect(users.body.users.filter((user) => user.name.startsWith('otto'))).toEqual([
      expect.objectContaining({ name: 'otto', signIn: 'openid' })
    ]);
  });

  it('refuses a callback whose state is not the one this browser started with', async () => {
    const jar = new CookieJar();
    const started = await step(jar, new URL('/sign-in/oidc', server.url));
    const authorize = new URL(started.headers.get('location')!);
    authorize.searchParams.set('state', 'a state this browser never got');
    // The provider sends the browser back with the forged state and a real code.
    let { url, response } = await follow(jar, authorize);
    await response.text();
    const posted = await step(jar, url, { prompt: 'login', login: 'ada', password: 'not checked' });
    ({ url, response } = await follow(jar, new URL(posted.headers.get('location')!, url)));
    if (url.origin === provider.issuer) {
      await response.text();
      const consent = await step(jar, url, { prompt: 'consent' });
      ({ url, response } = await follow(jar, new URL(consent.headers.get('location')!, url)));
    }
    expect(url.pathname).toBe('/sign-in/oidc/callback');
    expect(url.searchParams.get('code')).toBeTruthy();
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page, page).toMatch(/refused[^<]*state/);
    expect(jar.get(server.url, 'wiremap_session')).toBeUndefined();
  });

  it('refuses a callback with no sign-in started', async () => {
    const answer = await fetch(new URL('/sign-in/oidc/callback?code=x&state=y', server.url), {
      headers: { accept: 'text/html' },
      redirect: 'manual'
    });
    expect(answer.status).toBe(400);
    expect(answer.headers.getSetCookie().some((line) => line.startsWith('wiremap_session='))).toBe(false);
  });
});
