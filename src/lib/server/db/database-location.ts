import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { repositoryRoot } from './repository-root';

/** Where the database lives: the URL for `createClient`, and whether it is a file on this machine. */
export interface DatabaseLocation {
  url: string;
  local: boolean;
  /** The file's path, for a database in a file on this machine; null in memory or on a server. */
  file: string | null;
}

const remoteScheme = /^(libsql|https?|wss?):/i;

/**
 * Turns a WIREMAP_DB value (a path, a `file:` URL, or a `libsql:`/`http(s):`/`ws(s):` URL) into a
 * client URL; none means `data/wiremap.db` in the checkout. The folder of a local file is created.
 */
export function databaseLocation(value: string | undefined): DatabaseLocation {
  const given = value?.trim() || join(repositoryRoot(), 'data', 'wiremap.db');
  if (remoteScheme.test(given)) return { url: given, local: false, file: null };
  if (given === ':memory:' || given.startsWith('file::memory:'))
    return { url: given, local: true, file: null };
  const path = given.startsWith('file:') ? filePath(given) : resolve(given);
  mkdirSync(dirname(path), { recursive: true });
  return { url: given.startsWith('file:') ? given : pathToFileURL(path).href, local: true, file: path };
}

/** The path of a `file:` URL, including libsql's relative form `file:data/x.db`. */
function filePath(url: string): string {
  if (url.startsWith('file://')) return fileURLToPath(url.replace(/\?.*$/, ''));
  return resolve(decodeURIComponent(url.slice('file:'.length).replace(/\?.*$/, '')));
}
