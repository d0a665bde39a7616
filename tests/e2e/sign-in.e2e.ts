import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { as, jsonBody, signIn } from './api/account-requests';
import { launchChromium } from './browser';
import { startServer, temporaryDirectory, type ServerProcess } from './server-process';

// Signing in through the page in Chromium, on a server of its own with accounts on.
const folder = temporaryDirectory();
let server: ServerProcess;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;

beforeAll(async () => {
  server = await startServer(`${folder.path}/sign-in.db`, {
    env: { WIREMAP_AUTH: 'on', WIREMAP_ADMIN_PASSWORD: 'the first admin secret' },
    readyStatus: 401
  });
  const admin = await signIn(server.url, 'admin', 'the first admin secret');
  const added = await as(
    server.url,
    admin,
    'POST',
    '/api/users',
    jsonBody({ name: 'anna', role: 'analyst', password: 'anna password 1' })
  );
  expect(added.status).toBe(201);
  chromium = await launchChromium();
  browser = chromium.browser;
});

afterAll(async () => {
  await chromium?.close();
  await server?.stop();
  folder.remove();
});

/** A fresh browser context's page, recording console errors (a CSP violation is one). */
async function freshPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

async function fillSignIn(page: Page, name: string, password: string): Promise<void> {
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('signing in through the page', () => {
  it('sends a stranger to the sign-in page, refuses a wrong password, and opens the dashboard after', async () => {
    const { page, errors } = await freshPage();
    await page.goto(new URL('/', server.url).href);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(new URL(page.url()).searchParams.get('to')).toBe('/');

    await fillSignIn(page, 'anna', 'not her password');
    await expect.poll(() => page.getByTestId('sign-in-problem').textContent()).toBe('wrong name or password');
    expect(new URL(page.url()).pathname).toBe('/sign-in');

    await fillSignIn(page, 'anna', 'anna password 1');
    await page.waitForURL((url) => url.pathname === '/');
    await expect
      .poll(() => page.getByTestId('signed-in-as').textContent(), { timeout: 60_000 })
      .toBe('anna (analyst)');
    // The token is out of the page's reach: HttpOnly, SameSite=Lax, not in document.cookie.
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({ name: 'wiremap_session', httpOnly: true, sameSite: 'Lax' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('wiremap_session');

    await page.getByTestId('review-toggle').click();
    await expect
      .poll(() => page.getByTestId('review-account').textContent(), { timeout: 60_000 })
      .toBe('anna');
    expect(await page.getByTestId('review-client').count()).toBe(0);
    // The refused password's answer is a 400, which Chromium logs; nothing else may be.
    expect(errors).toEqual([
      'Failed to load resource: the server responded with a status of 400 (Bad Request)'
    ]);
  });

  it('shows a viewer the article and the export but no review controls', async () => {
    // Vera's account lives only for this test, so the accounts page's count below stays its own.
    const admin = await signIn(server.url, 'admin', 'the first admin secret');
    const account = jsonBody({ name: 'vera', role: 'viewer', password: 'vera password 1' });
    expect((await as(server.url, admin, 'POST', '/api/users', account)).status).toBe(201);
    const { page } = await freshPage();
    await page.goto(new URL('/', server.url).href);
    await fillSignIn(page, 'vera', 'vera password 1');
    await page.waitForURL((url) => url.pathname === '/');
    await expect
      .poll(() => page.getByTestId('signed-in-as').textContent(), { timeout: 60_000 })
      .toBe('vera (viewer)');
    await expect.poll(() => page.getByTestId('export').count()).toBe(1);
    expect(await page.getByTestId('review-toggle').count()).toBe(0);
    expect((await as(server.url, admin, 'DELETE', '/api/users/vera')).status).toBe(204);
  });

  it('signs out from the header: back to the sign-in page, and the dashboard asks again', async () => {
    const { page, errors } = await freshPage();
    await page.goto(new URL('/sign-in', server.url).href);
    await fillSignIn(page, 'anna', 'anna password 1');
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(await page.context().cookies()).toEqual([]);
    await page.goto(new URL('/', server.url).href);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(errors).toEqual([]);
  });

  it('lets an admin add an account on the accounts page, which can then sign in', async () => {
    const { page, errors } = await freshPage();
    await page.goto(new URL('/users', server.url).href);
    await fillSignIn(page, 'admin', 'the first admin secret');
    await page.waitForURL((url) => url.pathname === '/users');
    const add = page.locator('form.add');
    await add.getByLabel('Name').fill('victor');
    await add.getByLabel('Role').selectOption('viewer');
    await add.getByLabel('Password').fill('victor password 1');
    await add.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => page.getByTestId('accounts-done').textContent()).toBe('added victor');
    await expect.poll(() => page.getByTestId('account-row').count()).toBe(3);
    expect((await signIn(server.url, 'victor', 'victor password 1')).cookie).toMatch(/^wiremap_session=/);
    expect(errors).toEqual([]);
  });
});
