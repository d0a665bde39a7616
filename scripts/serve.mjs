// Serves the built app (build/, from `vite build`) with adapter-node's request handler inside a
// node:http server of our own, so that API clients without a browser can POST text/plain.
//
// Why: SvelteKit refuses a POST whose body is a form type (text/plain, urlencoded, multipart)
// unless its Origin header equals the server's origin: that is its defence against cross-site
// request forgery, where a page on another site makes the visitor's browser submit a form here.
// curl and scripts send no Origin at all, so `curl -H 'content-type: text/plain' --data-binary
// @article.txt …/api/articles` would be refused too. A forgery needs a browser, and every
// current browser sends Origin on a POST and Sec-Fetch-Site on every request; so a request with
// neither comes from no browser, and we give it our own origin before SvelteKit checks. A
// browser's cross-site POST keeps its foreign Origin and stays refused (403).
//
// Before the app: a Host header that names none of localhost, 127.0.0.1, [::1], ORIGIN's host and
// WIREMAP_ALLOWED_HOSTS is refused 421 (DNS rebinding), and so is a forwarded host (HOST_HEADER);
// anything but GET and HEAD on a static file, /geodata/ or __data.json is refused 405.
//
// Environment: PORT (3000), HOST (0.0.0.0), WIREMAP_ALLOWED_HOSTS, BODY_SIZE_LIMIT (17M: an import may be 16 MB; the
// routes refuse what is over their own limits with a clear 413), SHUTDOWN_TIMEOUT (30 s), and
// adapter-node's ORIGIN, PROTOCOL_HEADER, HOST_HEADER, PORT_HEADER, ADDRESS_HEADER, XFF_DEPTH.
// The app reads WIREMAP_DB (src/lib/server/db) and WIREMAP_WRITES_PER_MINUTE / WIREMAP_WRITE_BURST
// (src/lib/server/api/write-rate.ts). SIGINT/SIGTERM: stop accepting, answer
// what is in flight, then close the database (the app listens for 'sveltekit:shutdown').
import http from 'node:http';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { allowedHosts, hostAllowed, readOnlyMethodRefused, staticPaths } from './request-guards.mjs';

process.env.BODY_SIZE_LIMIT ??= '17M';

// adapter-node takes every request for https unless ORIGIN or PROTOCOL_HEADER says otherwise,
// and then a browser's same-origin text/plain POST to http://localhost:3000 would be refused as
// cross-site. This server speaks plain http, so unless a proxy in front has been configured we
// say so through a header of our own, overwritten on every request so no client can set it.
const ownProtocolHeader = 'x-wiremap-protocol';
const protocolHeaderIsOurs = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (protocolHeaderIsOurs) process.env.PROTOCOL_HEADER = ownProtocolHeader;

// Imported only now: the handler reads the environment when it loads, and it opens the
// database (hooks.server.ts `init`) before it resolves.
const { handler } = await import('../build/handler.js');

const configuredOrigin = process.env.ORIGIN ? new URL(process.env.ORIGIN).origin : undefined;

/** One value of a header named by an environment variable, as adapter-node reads it. */
function configuredHeader(request, variable) {
  const name = process.env[variable]?.toLowerCase();
  const value = name ? request.headers[name] : undefined;
  return Array.isArray(value) ? value[0] : value;
}

/** The origin SvelteKit will see this request at: the same rules as adapter-node's handler. */
function ownOrigin(request) {
  if (configuredOrigin) return configuredOrigin;
  const protocol = decodeURIComponent(configuredHeader(request, 'PROTOCOL_HEADER') || 'https');
  const host = configuredHeader(request, 'HOST_HEADER') || request.headers.host;
  const port = configuredHeader(request, 'PORT_HEADER');
  if (!host) return undefined;
  return port ? `${protocol}://${host}:${port}` : `${protocol}://${host}`;
}

/**
 * Sent with every response, static files included (they never reach the app's hooks): no MIME
 * sniffing, no framing (but for the published view, /embed/), no referrer to other sites, no access to devices, and no other origin
 * may embed or open our resources. The pages' Content-Security-Policy comes from SvelteKit
 * (svelte.config.js) and the API's from hooks.server.ts.
 */
const securityHeaders = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'
};

const hosts = allowedHosts(process.env);
const files = staticPaths(fileURLToPath(new URL('../build', import.meta.url)));

/** Refusals answered here, as the API answers: JSON `{error}`, no content, never stored. */
function refuse(response, status, reason, headers = {}) {
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'cache-control': 'no-store',
    ...headers
  });
  response.end(JSON.stringify({ error: reason }));
}

/** True when the request was refused here (421 for its host, 405 for its method). */
function refusedHere(request, response) {
  const forwarded = process.env.HOST_HEADER ? configuredHeader(request, 'HOST_HEADER') : undefined;
  for (const host of [request.headers.host, ...(forwarded === undefined ? [] : [forwarded])]) {
    if (hostAllowed(host, hosts)) continue;
    refuse(
      response,
      421,
      `this server does not answer for the host ${JSON.stringify(host ?? '')}; it answers for ` +
        `${[...hosts].join(', ')} (add names with WIREMAP_ALLOWED_HOSTS, or set ORIGIN)`
    );
    return true;
  }
  let pathname;
  try {
    pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  } catch {
    return false;
  }
  if (!readOnlyMethodRefused(request.method ?? 'GET', pathname, files)) return false;
  refuse(response, 405, `${request.method} is not allowed on ${pathname}: it is only read`, {
    allow: 'GET, HEAD'
  });
  return true;
}

let shuttingDown = false;

const server = http.createServer((request, response) => {
  for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
  // The published view is made to be framed by other sites: its CSP's frame-ancestors says by
  // whom (src/lib/server/publish/embed-response.ts), which X-Frame-Options cannot express.
  if (request.url?.startsWith('/embed/')) response.removeHeader('x-frame-options');
  if (refusedHere(request, response)) return;
  if (protocolHeaderIsOurs) request.headers[ownProtocolHeader] = 'http';
  if (request.headers.origin === undefined && request.headers['sec-fetch-site'] === undefined) {
    const origin = ownOrigin(request);
    if (origin) request.headers.origin = origin;
  }
  // Once shutting down, a kept-alive connection is closed as soon as its request is answered.
  request.on('close', () => {
    if (shuttingDown) server.closeIdleConnections();
  });
  handler(request, response, () => {
    response.statusCode = 404;
    response.end('Not found');
  });
});

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
server.listen(port, host, () => console.log(`wiremap: listening on http://${host}:${port}/`));

/** Stops accepting connections, lets requests in flight finish, then lets the app clean up. */
function shutDown(signal) {
  if (shuttingDown) return;
  shuttingDown = true;
  // Kept-alive idle connections would hold close() open until they time out.
  server.closeIdleConnections();
  server.close(() => process.emit('sveltekit:shutdown', signal));
  const timeout = Number(process.env.SHUTDOWN_TIMEOUT ?? 30) * 1000;
  setTimeout(() => server.closeAllConnections(), timeout).unref();
}

process.on('SIGINT', shutDown);
process.on('SIGTERM', shutDown);
