import { lookup } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** The most a fetched page may weigh, and how long fetching it may take. */
export const FETCH_LIMITS = { bytes: 4 * 1024 * 1024, milliseconds: 10_000, redirects: 3 };

/** What a fetch is for: the media types it takes, and the word for what it fetches in reasons. */
export interface FetchKind {
  types: readonly string[];
  noun: string;
}

export const HTML_PAGE: FetchKind = { types: ['text/html', 'application/xhtml+xml'], noun: 'an HTML page' };

export type FetchedPage =
  { ok: true; html: string; url: string } | { ok: false; status: 400 | 403 | 502; reason: string };

// Addresses a server must not be made to reach for a client (SSRF): this host, private
// networks, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast.
const forbidden = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 3]
] as const)
  forbidden.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['::ffff:0:0', 96]
] as const)
  forbidden.addSubnet(network, prefix, 'ipv6');

const isForbidden = (address: string) => forbidden.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');

/**
 * A DNS lookup that fails for forbidden addresses unless `host:port` is allowed: checked at
 * connection time, on the address actually connected to, so a name that resolves to a public
 * address when checked and to 127.0.0.1 when used (DNS rebinding) is still refused.
 */
function guardedLookup(allowed: ReadonlySet<string>, hostPort: string): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      // Every address the name has is checked, since the socket may try any of them.
      if (!allowed.has(hostPort) && addresses.some(({ address }) => isForbidden(address))) {
        const refused = Object.assign(new Error(`${hostname} is a private or local address`), {
          code: 'EFORBIDDEN'
        });
        return callback(refused, '', 0);
      }
      // Node asks for every address when it races IPv4 and IPv6 (autoSelectFamily), else for one.
      if (options.all)
        return (callback as unknown as (e: null, a: typeof addresses) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function get(
  url: URL,
  allowed: ReadonlySet<string>,
  signal: AbortSignal,
  accept: string
): Promise<IncomingMessage> {
  const hostPort = `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`;
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(url, {
      method: 'GET',
      signal,
      lookup: guardedLookup(allowed, hostPort),
      headers: { accept, 'user-agent': 'wiremap' }
    });
    outgoing.once('response', resolve).once('error', reject).end();
  });
}

async function bodyText(response: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > FETCH_LIMITS.bytes) {
      response.destroy();
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const forbiddenHost = (url: URL): FetchedPage => ({
  ok: false,
  status: 403,
  reason: `${url.hostname} is a private or local address: wiremap does not fetch it (see WIREMAP_FETCH_ALLOWED_HOSTS)`
});

/** The `host:port` pairs of WIREMAP_FETCH_ALLOWED_HOSTS (comma-separated), fetched though private. */
export const fetchAllowedHosts = (value: string | undefined): ReadonlySet<string> =>
  new Set(
    (value ?? '')
      .split(',')
      .map((entry) => entry.trim().toLowerCase())
      .filter(Boolean)
  );

/**
 * Fetches the web page at `address` for intake: http(s) only, at most 4 MB in 10 s, three
 * redirects, never to a private or local address unless its `host:port` is in `allowed`
 * (WIREMAP_FETCH_ALLOWED_HOSTS). Resolves to the page or to why not: 400 not an address,
 * 403 a forbidden address, 502 the site did not answer with a page. `kind` says which media
 * types are taken (an HTML page unless said; a feed takes XML).
 */
export async function fetchedPage(
  address: string,
  allowed: ReadonlySet<string>,
  kind: FetchKind = HTML_PAGE
): Promise<FetchedPage> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, status: 400, reason: 'the address to fetch is not a URL' };
  }
  const signal = AbortSignal.timeout(FETCH_LIMITS.milliseconds);
  for (let redirects = 0; ; redirects++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return {
        ok: false,
        status: 400,
        reason: `only http and https addresses are fetched, not ${url.protocol}`
      };
    if (url.username || url.password)
      return { ok: false, status: 400, reason: 'an address to fetch carries no password' };
    // A literal address is connected to without a lookup, so it is checked here.
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    const hostPort = `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`;
    if (isIP(literal) && isForbidden(literal) && !allowed.has(hostPort)) return forbiddenHost(url);
    let response: IncomingMessage;
    try {
      response = await get(url, allowed, signal, kind.types.join(', '));
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'EFORBIDDEN') return forbiddenHost(url);
      if (signal.aborted)
        return {
          ok: false,
          status: 502,
          reason: `${url.host} did not answer within ${FETCH_LIMITS.milliseconds / 1000} s`
        };
      return {
        ok: false,
        status: 502,
        reason: `${url.host} could not be reached (${code ?? (error as Error).message})`
      };
    }
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      if (redirects >= FETCH_LIMITS.redirects)
        return {
          ok: false,
          status: 502,
          reason: `${url.host} redirected more than ${FETCH_LIMITS.redirects} times`
        };
      url = new URL(response.headers.location, url);
      continue;
    }
    if (status !== 200) {
      response.resume();
      return { ok: false, status: 502, reason: `${url.host} answered ${status}, not the page` };
    }
    const type = response.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
    if (!type || !kind.types.includes(type)) {
      response.resume();
      return {
        ok: false,
        status: 502,
        reason: `${url.host} sent ${type ?? 'no content type'}, not ${kind.noun}`
      };
    }
    try {
      const html = await bodyText(response);
      if (html === undefined)
        return {
          ok: false,
          status: 502,
          reason: `the page at ${url.host} is over ${FETCH_LIMITS.bytes / 1024 / 1024} MB`
        };
      return { ok: true, html, url: url.href };
    } catch {
      return {
        ok: false,
        status: 502,
        reason: `${url.host} did not send the whole page within ${FETCH_LIMITS.milliseconds / 1000} s`
      };
    }
  }
}
