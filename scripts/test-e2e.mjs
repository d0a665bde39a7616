// npm run test:e2e: system Chromium + fresh build + the built server (scripts/serve.mjs) on a free
// port with a fresh database in a temp dir + vitest. Arguments go to vitest: a file filter runs
// one file (`node scripts/test-e2e.mjs tests/e2e/api/edits`).
//
// `--postgres` runs the API tests that hold for every store (postgresApiTests, or the files
// named) on PostgreSQL instead: the server found or started by scripts/find-postgres.mjs, a fresh
// database for the shared server and one for each server a test starts, all dropped at the end.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './ensure-build.mjs';
import { findChromium } from './find-chromium.mjs';
import { findPostgres } from './find-postgres.mjs';
import { createTestDatabase, dropTestDatabasesOf, testRunName } from './test-databases.mjs';
import { freePort } from './free-port.mjs';

/** The API tests of the store's behaviour, which the PostgreSQL pass runs again. */
const postgresApiTests = [
  'tests/e2e/api/articles.e2e.ts',
  'tests/e2e/api/edits.e2e.ts',
  'tests/e2e/api/concurrent-edits.e2e.ts',
  'tests/e2e/api/csv.e2e.ts',
  'tests/e2e/api/bad-requests.e2e.ts',
  'tests/e2e/api/bad-imports.e2e.ts',
  'tests/e2e/api/import-article-checks.e2e.ts',
  'tests/e2e/api/import-export.e2e.ts',
  'tests/e2e/api/stored-strings.e2e.ts',
  'tests/e2e/api/accounts.e2e.ts',
  'tests/e2e/api/feeds.e2e.ts',
  'tests/e2e/api/postgres-many-processes.e2e.ts',
  'tests/e2e/postgres-analysis-backlog.e2e.ts'
];
const onPostgres = process.argv.includes('--postgres');
const vitestArguments = process.argv.slice(2).filter((argument) => argument !== '--postgres');

const root = fileURLToPath(new URL('..', import.meta.url));
const startedAt = Date.now();

/** Resolves once `url` answers, rejects if the server exits first or `timeoutMs` passes. */
async function waitUntilServing(url, server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited early (code ${server.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs} ms`);
}

function stop(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const forceKill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(forceKill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

let server;
let postgres;
const run = testRunName();
let exitCode = 1;
// The shared server's database: fresh each run, so tests start from the seed alone.
const databaseDirectory = mkdtempSync(join(tmpdir(), 'wiremap-e2e-db-'));
try {
  const chromiumPath = findChromium();
  ensureBuild();
  postgres = onPostgres ? await findPostgres() : undefined;
  const database = postgres
    ? await createTestDatabase(postgres.url, run)
    : join(databaseDirectory, 'wiremap.db');
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      WIREMAP_DB: database,
      // The API tests expect the analysis in the request; postgres-many-processes.e2e.ts tests the queue.
      ...(postgres ? { WIREMAP_ANALYSIS_JOBS: 'inline' } : {}),
      // Tests write far faster than any person; the limit has a test of its own (rate-limit.e2e.ts).
      WIREMAP_WRITES_PER_MINUTE: '0'
    },
    stdio: ['ignore', 'inherit', 'inherit']
  });
  await waitUntilServing(`${baseUrl}/`, server, 30_000);
  console.log(`test:e2e: ${chromiumPath} against ${baseUrl}${postgres ? ' on PostgreSQL' : ''}`);
  const files = vitestArguments.some((argument) => !argument.startsWith('-'))
    ? []
    : postgres
      ? postgresApiTests
      : [];

  const vitest = spawn(
    process.execPath,
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      '--config',
      'vitest.e2e.config.ts',
      ...(postgres ? ['--outputFile.json=test-results/e2e-postgres-report.json'] : []),
      ...files,
      ...vitestArguments
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        WIREMAP_BASE_URL: baseUrl,
        CHROMIUM_PATH: chromiumPath,
        ...(postgres
          ? {
              WIREMAP_TEST_STORE: 'postgres',
              WIREMAP_ANALYSIS_JOBS: 'inline',
              WIREMAP_TEST_POSTGRES: postgres.url,
              WIREMAP_TEST_POSTGRES_RUN: run
            }
          : {})
      }
    }
  );
  exitCode = await new Promise((resolve) => vitest.once('exit', (code) => resolve(code ?? 1)));
} catch (error) {
  console.error(`test:e2e: ${error instanceof Error ? error.message : error}`);
} finally {
  if (server) await stop(server);
  rmSync(databaseDirectory, { recursive: true, force: true });
  if (postgres) {
    await dropTestDatabasesOf(postgres.url, run).catch((error) =>
      console.error(`test:e2e: could not drop this run's PostgreSQL databases: ${error.message}`)
    );
    postgres.stop();
  }
}
console.log(
  `test:e2e: ${exitCode === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`
);
process.exit(exitCode);
