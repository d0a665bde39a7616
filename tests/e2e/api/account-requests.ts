import { expect } from 'vitest';
import { call, type Answer } from './api-requests';

/** A signed-in session: the Cookie header to send with each request. */
export interface Session {
  cookie: string;
}

/** POSTs the sign-in form as a browser without script would; resolves to the raw answer. */
export function postSignIn(base: string, name: string, password: string, to = '/'): Promise<Response> {
  return fetch(new URL('/sign-in', base), {
    method: 'POST',
    redirect: 'manual',
    // As a browser: without it SvelteKit answers the action as JSON (`{type: 'redirect'}`).
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: new URLSearchParams({ name, password, to })
  });
}

/** Signs in through the form and returns the session cookie (failing the test when it cannot). */
export async function signIn(base: string, name: string, password: string): Promise<Session> {
  const answer = await postSignIn(base, name, password);
  expect(answer.status, `sign-in as ${name}`).toBe(303);
  const cookie = answer.headers.getSetCookie().find((line) => line.startsWith('wiremap_session='));
  expect(cookie, `a session cookie for ${name}`).toBeDefined();
  return { cookie: cookie!.split(';')[0]! };
}

/** `call` with a session's cookie (or none), a method, and an optional JSON or typed body. */
export function as<T = Record<string, unknown>>(
  base: string,
  session: Session | null,
  method: string,
  path: string,
  body?: { type: string; data: string }
): Promise<Answer<T>> {
  const headers: Record<string, string> = session ? { cookie: session.cookie } : {};
  if (body) headers['content-type'] = body.type;
  return call<T>(base, path, { method, headers, body: body?.data, redirect: 'manual' });
}

/** A JSON body for `as`. */
export const jsonBody = (value: unknown) => ({ type: 'application/json', data: JSON.stringify(value) });
