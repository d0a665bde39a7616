// Finds a PostgreSQL server for the tests that run the store on PostgreSQL: WIREMAP_TEST_POSTGRES,
// else the machine's own server on 127.0.0.1:5432 (trust auth, database `test`), else a throwaway
// cluster of Debian's binaries (/usr/lib/postgresql/*/bin, apt-installed when root) on a free
// port, run as an unprivileged user and removed afterwards. Never skipped: without any of these it
// stops and says how to get one.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './free-port.mjs';

export const machineServer = 'postgres://postgres@127.0.0.1:5432/test';

export const installHint =
  'The store tests run on PostgreSQL too. Start the machine’s server ' +
  '(`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`), install Debian’s ' +
  'binaries (`sudo apt-get install -y postgresql`), or set WIREMAP_TEST_POSTGRES to the URL of a ' +
  'database whose user may create databases.';

/**
 * Whether a server answers at `url`.
 * @param {string} url
 */
export async function answers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The bin folder of the newest Debian PostgreSQL install, or undefined. */
export function debianBinaries() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} [options]
 */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive', LC_ALL: 'C' },
    ...options
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}${result.stdout}\n${installHint}`);
}

function installedBinaries() {
  const found = debianBinaries();
  if (found) return found;
  const root = process.getuid?.() === 0;
  if (!root || spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status !== 0)
    throw new Error(`no PostgreSQL server answers and no PostgreSQL binaries are installed. ${installHint}`);
  console.log('find-postgres: apt-get install -y postgresql');
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql']);
  const fresh = debianBinaries();
  if (!fresh) throw new Error(`apt-get installed postgresql but no initdb appeared. ${installHint}`);
  return fresh;
}

/** The user a throwaway cluster runs as: this one, or `nobody` for root (PostgreSQL refuses root). */
const UNPRIVILEGED = 65534;

/**
 * Starts a throwaway cluster with `bin`'s initdb and pg_ctl in a fresh temporary folder, on a
 * free port of 127.0.0.1, trust auth for user postgres. `stop` stops it and deletes the folder.
 * @returns {Promise<{ url: string, folder: string, stop: () => void }>}
 */
export async function throwawayCluster(bin = installedBinaries()) {
  const folder = mkdtempSync(join(tmpdir(), 'wiremap-postgres-'));
  const asUser = process.getuid?.() === 0 ? { uid: UNPRIVILEGED, gid: UNPRIVILEGED } : {};
  if (asUser.uid !== undefined) chownSync(folder, UNPRIVILEGED, UNPRIVILEGED);
  const data = join(folder, 'data');
  const port = await freePort();
  const remove = () => rmSync(folder, { recursive: true, force: true });
  try {
    run(
      join(bin, 'initdb'),
      ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8'],
      asUser
    );
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${folder} -c fsync=off`;
    run(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(folder, 'log'), '-w', 'start'], asUser);
  } catch (error) {
    remove();
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    folder,
    stop() {
      spawnSync(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], {
        stdio: 'ignore',
        ...asUser
      });
      remove();
    }
  };
}

/**
 * A server for the tests: `url` names a database whose user may create databases (each test
 * makes its own and drops it); `stop` ends a throwaway cluster (nothing for a server found running).
 * @returns {Promise<{ url: string, stop: () => void }>}
 */
export async function findPostgres() {
  const configured = process.env.WIREMAP_TEST_POSTGRES;
  if (configured) {
    if (await answers(configured)) return { url: configured, stop() {} };
    throw new Error(`WIREMAP_TEST_POSTGRES=${configured} does not answer. ${installHint}`);
  }
  if (await answers(machineServer)) return { url: machineServer, stop() {} };
  console.log('find-postgres: no server on 127.0.0.1:5432; starting a throwaway cluster');
  return throwawayCluster();
}
