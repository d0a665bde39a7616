// Refusals scripts/serve.mjs makes before a request reaches the app: a Host this server does not
// answer for (421), and a method other than GET or HEAD on what is only ever read (405).
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Host names every server answers for: this machine under its usual names. */
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The host names (without ports) this server answers for: localhost, 127.0.0.1 and [::1], the
 * host of ORIGIN when set, and each name in WIREMAP_ALLOWED_HOSTS (comma-separated).
 * @param {Record<string, string | undefined>} env
 * @returns {Set<string>}
 */
export function allowedHosts(env) {
  const hosts = new Set(LOCAL_HOSTS);
  if (env.ORIGIN) hosts.add(new URL(env.ORIGIN).hostname);
  for (const name of (env.WIREMAP_ALLOWED_HOSTS ?? '').split(',')) {
    const trimmed = name.trim().toLowerCase();
    if (trimmed) hosts.add(new URL(`http://${trimmed}`).hostname);
  }
  return hosts;
}

/**
 * Whether a Host header (with or without a port) names one of `hosts`. Why: without this check
 * a page on any site can point its own name at this server (DNS rebinding) and then read and
 * change every article as a same-origin page; a browser always sends the name it resolved.
 * @param {string | undefined} host
 * @param {Set<string>} hosts
 */
export function hostAllowed(host, hosts) {
  if (!host) return false;
  try {
    return hosts.has(new URL(`http://${host}`).hostname);
  } catch {
    return false;
  }
}

/**
 * Every path (`/_app/…`, `/favicon.svg`, `/geodata/base-map.json`) that adapter-node serves as a
 * file from `build/client` and `build/prerendered`: those are only ever read.
 * @param {string} buildDirectory
 * @returns {Set<string>}
 */
export function staticPaths(buildDirectory) {
  const paths = new Set();
  for (const folder of ['client', 'prerendered']) {
    const root = join(buildDirectory, folder);
    let entries;
    try {
      entries = readdirSync(root, { recursive: true, withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries)
      if (entry.isFile()) {
        const path = `/${relative(root, join(entry.parentPath, entry.name)).split(sep).join('/')}`;
        // Precompressed copies are served under the plain name.
        paths.add(path.replace(/\.(gz|br)$/, ''));
      }
  }
  return paths;
}

/**
 * Whether `method` on `pathname` is refused 405: anything but GET and HEAD on a static file, under
 * /geodata/, or on a page's data (`__data.json`). Why: these are files and loads, never actions,
 * and the file server behind them would otherwise answer PUT, POST and DELETE with 200.
 * @param {string} method
 * @param {string} pathname
 * @param {Set<string>} files
 */
export function readOnlyMethodRefused(method, pathname, files) {
  if (method === 'GET' || method === 'HEAD') return false;
  return files.has(pathname) || pathname.startsWith('/geodata/') || pathname.endsWith('/__data.json');
}
