import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createTestDatabase } from '../../scripts/test-databases.mjs';
import { freePort } from '../../scripts/free-port.mjs';

/**
 * A server of a test's own: `node scripts/serve.mjs` on a free port over its own database: a
 * SQLite file, or in the PostgreSQL pass of `npm run test:e2e` (WIREMAP_TEST_STORE=postgres) a
 * PostgreSQL database of its own for each file name (testDatabase).
 */
export interface ServerProcess {
  url: string;
  /** The database it uses (WIREMAP_DB): a SQLite file, or a PostgreSQL URL in the PostgreSQL pass. */
  database: string;
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr, for failure messages. */
  output: () => string;
  /** SIGTERM, waiting for it to exit (SIGKILL after 10 s). */
  stop: () => Promise<void>;
  /** SIGKILL, waiting for it to be gone: no cleanup of any kind. */
  kill: () => Promise<void>;
}

/** A fresh directory for database files; `remove` deletes it and everything in it. */
export function temporaryDirectory(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'wiremap-api-test-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * Lets every user pass through the folders above `path` (adds the x bit for others where it is
 * missing) and returns what puts them back. Why: a server run as another user must reach the
 * checkout's files, and a checkout made with `mktemp -d` sits in a folder only its owner may enter.
 */
function traversableByEveryone(path: string): () => void {
  const changed: { folder: string; mode: number }[] = [];
  for (let folder = path; ; folder = dirname(folder)) {
    const mode = statSync(folder).mode & 0o7777;
    if ((mode & 0o001) === 0) {
      changed.push({ folder, mode });
      chmodSync(folder, mode | 0o001);
    }
    if (dirname(folder) === folder) break;
  }
  return () => {
    for (const { folder, mode } of changed) chmodSync(folder, mode);
  };
}

/** The store the API tests run on in this pass of scripts/test-e2e.mjs. */
export const testedStore = process.env.WIREMAP_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

const postgresDatabases = new Map<string, Promise<string>>();

/**
 * The database a test's server opens for the SQLite file `path`: that file, or in the PostgreSQL
 * pass a fresh PostgreSQL database, the same one for every server started on the same path
 * (scripts/test-e2e.mjs drops them all at the end of the pass).
 */
export function testDatabase(path: string): Promise<string> {
  if (testedStore === 'sqlite' || /^postgres(ql)?:/.test(path)) return Promise.resolve(path);
  let database = postgresDatabases.get(path);
  if (!database) {
    database = createTestDatabase(process.env.WIREMAP_TEST_POSTGRES!, process.env.WIREMAP_TEST_POSTGRES_RUN!);
    postgresDatabases.set(path, database);
  }
  return database;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts the built app (scripts/test-e2e.mjs has built it) over `database`, resolving once it
 * answers the API, or with `{ request: false }` once it says it listens, before any request.
 * The repository root is the working directory, as under npm start.
 */
export async function startServer(
  databasePath: string,
  {
    request = true,
    env = {},
    uid,
    readyStatus = 200
  }: {
    /** Wait for an API answer (true) or only for the "listening" line (false). */
    request?: boolean;
    /** The status that API answer has once the server is up: 401 when accounts are on. */
    readyStatus?: number;
    /** More environment for the server. */
    env?: Record<string, string>;
    /** Run it as this user (and group of the same number); needs root. */
    uid?: number;
  } = {}
): Promise<ServerProcess> {
  const database = await testDatabase(databasePath);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const restoreFolders = uid === undefined ? () => {} : traversableByEveryone(process.cwd());
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      // Tests write far faster than any person; rate-limit.e2e.ts sets a limit of its own.
      WIREMAP_WRITES_PER_MINUTE: '0',
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      WIREMAP_DB: database
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(uid === undefined ? {} : { uid, gid: uid })
  });
  child.once('exit', restoreFolders);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const server: ServerProcess = {
    url,
    database,
    child,
    output: () => output,
    stop: async () => {
      const forceKill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.kill('SIGTERM');
      await exited(child);
      clearTimeout(forceKill);
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    if (!request && output.includes('wiremap: listening on')) return server;
    try {
      if (request && (await fetch(`${url}/api/articles?limit=1`)).status === readyStatus) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await server.kill();
  throw new Error(`the server did not answer within 60 s:\n${output}`);
}
