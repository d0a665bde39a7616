#!/usr/bin/env node
// The PostgreSQL benchmark (issue 16): the synthetic corpus (src/lib/demo/synthetic-corpus.ts)
// through the built server on a fresh database `wiremap_bench_<random>`, dropped at the end,
// with the analyses taken by `npm run worker` processes, and the same figures on SQLite beside:
// 1. the side-by-side corpus (10,000): ingest (POST → every analysis stored) with one worker of
//    one thread per core, the aggregate, the streamed export; then the same on a SQLite file;
// 2. worker scaling: a backlog of queued articles drained by 1, 2 and 4 worker processes of one
//    analysis thread each, articles/s and the ratio to one worker;
// 3. the whole corpus (BENCH_PG_CORPUS, 100,000): the rest ingested with one worker, then the
//    aggregate (target ≤ 50 ms) and the export's memory: the server's peak RSS during the export
//    against its RSS just before, at the side-by-side size and at the whole corpus;
// 4. SQLite ingest with the analysis thread pool against WIREMAP_ANALYSIS_THREADS=1 (target ≥ 1.7×).
// Usage: node scripts/bench-postgres.mjs [--quick] [--require]; BENCH_PG_SIDE sets the side-by-side
// size and BENCH_PG_SLICE the backlog per worker count (3,000). BENCH_POSTGRES names the server
// (a database whose user may create databases; default postgres://postgres@127.0.0.1:5432/test).
// Without a server it says how to get one and exits 0, or 1 with --require or BENCH_POSTGRES set.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { bundleAnalysisWorker, bundleCli } from './bundle-cli.mjs';
import { postCorpus, readExport, startServer, timedGets } from './bench-parts.mjs';
import { ensureBuild } from './ensure-build.mjs';
import { answers, installHint, machineServer } from './find-postgres.mjs';
import {
  BENCH_DATABASE_PREFIX,
  createTestDatabase,
  dropTestDatabase,
  testRunName
} from './test-databases.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const required = process.argv.includes('--require') || Boolean(process.env.BENCH_POSTGRES);
const adminUrl = process.env.BENCH_POSTGRES || machineServer;
const total = quick ? 1500 : Number(process.env.BENCH_PG_CORPUS ?? 100_000);
const sideBySide = Math.min(total, quick ? 300 : Number(process.env.BENCH_PG_SIDE ?? 10_000));
const slice = quick ? 300 : Number(process.env.BENCH_PG_SLICE ?? 3000);
const cores = availableParallelism();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const perSecond = (articles, ms) => articles / (ms / 1000);
const row = (label, value, note = '') => console.log(`${label.padEnd(58)} ${value.padStart(16)}  ${note}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const verdicts = [];

console.log(
  `\nPostgreSQL (${total.toLocaleString('en')} articles${quick ? ', --quick' : ''}; node ${process.version}, ` +
    `${cores} cores, ${mb(totalmem())} memory, load average ${loadavg()[0].toFixed(1)} at the start)`
);
if (!(await answers(adminUrl))) {
  console.log(`no PostgreSQL server answers at ${adminUrl}: the PostgreSQL figures are not measured.`);
  console.log(
    installHint
      .replace('The store tests run', 'The bench runs')
      .replace('WIREMAP_TEST_POSTGRES', 'BENCH_POSTGRES')
  );
  process.exit(required ? 1 : 0);
}
if (slice * 3 + sideBySide > total)
  throw new Error(`BENCH_PG_CORPUS=${total} is under ${slice * 3 + sideBySide}`);

const corpus = await import(await bundleCli('corpus'));
ensureBuild();
await bundleCli('worker', { externalPackages: true });
await bundleAnalysisWorker();

/** `n` worker processes (`npm run worker`) on `database`, each of `threads` analysis threads. */
function startWorkers(database, n, threads) {
  const children = Array.from({ length: n }, () =>
    spawn(process.execPath, ['scripts/worker.mjs'], {
      cwd: root,
      env: {
        ...process.env,
        WIREMAP_DB: database,
        ...(threads ? { WIREMAP_ANALYSIS_THREADS: String(threads) } : {})
      },
      stdio: ['ignore', 'ignore', 'inherit']
    })
  );
  return () =>
    Promise.all(
      children.map(
        (child) =>
          new Promise((resolve) => {
            if (child.exitCode !== null) return resolve(undefined);
            child.once('exit', resolve);
            child.kill('SIGTERM');
          })
      )
    );
}

/** Articles of the PostgreSQL store with no analysis yet. */
async function unanalysed(client) {
  const { rows } = await client.query(
    'SELECT count(*)::int AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM analyses WHERE article_id = a.id)'
  );
  return rows[0].n;
}

/**
 * Waits until every article has its analysis; resolves to the rate while analyses were being
 * stored (first stored after the call → last), which leaves out the workers' start-up.
 */
async function drained(client) {
  const backlog = await unanalysed(client);
  let first;
  for (;;) {
    const left = await unanalysed(client);
    if (first === undefined && left < backlog) first = { left, at: performance.now() };
    if (left === 0) break;
    await sleep(100);
  }
  return first ? perSecond(first.left, performance.now() - first.at) : Number.NaN;
}

/** The corpus-wide figures of a server: aggregate (all dates) median ms and the export. */
async function readFigures(server) {
  const aggregateMs = await timedGets(server.url, '/api/aggregate');
  const exported = await readExport(server);
  return { aggregateMs, exported };
}

const exportNote = ({ exported }) =>
  `${mb(exported.bytes)}; server RSS ${mb(exported.rssBefore)} before, peak ${mb(exported.peakRss)} during`;

// 1–3. PostgreSQL.
const database = await createTestDatabase(adminUrl, testRunName(), BENCH_DATABASE_PREFIX);
const client = new pg.Client({ connectionString: database });
const side = {};
let whole;
try {
  const server = await startServer(database);
  await client.connect();
  let stopWorkers = startWorkers(database, 1);
  let ingestStart = performance.now();
  await postCorpus(server.url, corpus, 0, sideBySide, { statuses: [202] });
  await drained(client);
  side.postgres = { ingestMs: performance.now() - ingestStart, ...(await readFigures(server)) };
  await stopWorkers();

  const scaling = [];
  let next = sideBySide;
  for (const n of [1, 2, 4]) {
    await postCorpus(server.url, corpus, next, next + slice, { statuses: [202] });
    next += slice;
    stopWorkers = startWorkers(database, n, 1);
    scaling.push([n, await drained(client)]);
    await stopWorkers();
  }
  console.log(
    `\nWorkers draining a backlog of ${slice.toLocaleString('en')} queued articles (one analysis thread each)`
  );
  for (const [n, rate] of scaling)
    row(
      `${n} worker process${n > 1 ? 'es' : ''}`,
      `${rate.toFixed(0)} articles/s`,
      n === 1 ? 'baseline' : `${(rate / scaling[0][1]).toFixed(2)}× one worker`
    );

  stopWorkers = startWorkers(database, 1);
  ingestStart = performance.now();
  await postCorpus(server.url, corpus, next, total, { statuses: [202] });
  await drained(client);
  const restMs = performance.now() - ingestStart;
  whole = await readFigures(server);
  await stopWorkers();
  await server.stop();
  console.log(`\nThe whole corpus on PostgreSQL (${total.toLocaleString('en')} articles)`);
  row(
    `ingest of the last ${(total - next).toLocaleString('en')}, one worker (all threads)`,
    seconds(restMs),
    `${perSecond(total - next, restMs).toFixed(0)}/s, POST → analysis stored`
  );
  row(
    'aggregate, GET /api/aggregate (all dates)',
    `${whole.aggregateMs.toFixed(1)} ms`,
    `target ≤ 50 ms; ${side.postgres.aggregateMs.toFixed(1)} ms at ${sideBySide.toLocaleString('en')}`
  );
  verdicts.push(['PostgreSQL aggregate', whole.aggregateMs <= 50]);
  row(
    `export, GET /api/export (${whole.exported.lines} articles)`,
    seconds(whole.exported.ms),
    exportNote(whole)
  );
  row(
    `  the same at ${sideBySide.toLocaleString('en')} articles`,
    seconds(side.postgres.exported.ms),
    exportNote(side.postgres)
  );
  row(
    '  peak RSS growth, whole corpus vs side-by-side size',
    `${(whole.exported.peakRss / side.postgres.exported.peakRss).toFixed(2)}×`,
    `for ${(whole.exported.lines / side.postgres.exported.lines).toFixed(1)}× the articles`
  );
} finally {
  await client.end().catch(() => undefined);
  await dropTestDatabase(adminUrl, database);
}

// 1 and 4. SQLite: the side-by-side corpus with the thread pool, then on one thread.
const folder = mkdtempSync(join(tmpdir(), 'wiremap-bench-pg-'));
try {
  for (const [name, threads] of [
    ['sqlite', undefined],
    ['sqliteOneThread', '1']
  ]) {
    const server = await startServer(
      join(folder, `${name}.db`),
      threads ? { WIREMAP_ANALYSIS_THREADS: threads } : {}
    );
    const ingestMs = await postCorpus(server.url, corpus, 0, sideBySide);
    side[name] = { ingestMs, ...(threads ? {} : await readFigures(server)) };
    await server.stop();
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

console.log(`\n${sideBySide.toLocaleString('en')} articles side by side (4 POSTs in flight)`);
console.log(`${''.padEnd(30)} ${'SQLite'.padStart(16)} ${'PostgreSQL'.padStart(16)}`);
const pair = (label, format) =>
  console.log(
    `${label.padEnd(30)} ${format(side.sqlite).padStart(16)} ${format(side.postgres).padStart(16)}`
  );
pair('ingest, articles/s', (s) => perSecond(sideBySide, s.ingestMs).toFixed(0));
pair('aggregate, ms', (s) => s.aggregateMs.toFixed(1));
pair('export, s', (s) => (s.exported.ms / 1000).toFixed(1));
pair('export, server peak RSS', (s) => mb(s.exported.peakRss));
console.log(
  '(PostgreSQL ingest: POST answered 202, analysis by one `npm run worker` of one thread per core)'
);

const poolRatio = side.sqliteOneThread.ingestMs / side.sqlite.ingestMs;
console.log('\nSQLite ingest: the analysis thread pool against one thread');
row(
  'WIREMAP_ANALYSIS_THREADS=1 (baseline)',
  `${perSecond(sideBySide, side.sqliteOneThread.ingestMs).toFixed(0)} articles/s`
);
row(
  `thread pool (${cores} threads, one per core)`,
  `${perSecond(sideBySide, side.sqlite.ingestMs).toFixed(0)} articles/s`,
  `target ≥ 1.7×; ${poolRatio.toFixed(2)}× one thread`
);
verdicts.push(['SQLite thread pool', poolRatio >= 1.7]);
console.log(
  `load average ${loadavg()[0].toFixed(1)} at the end (other processes on the cores make every figure noisy)`
);
const missed = verdicts.filter(([, met]) => !met).map(([name]) => name);
console.log(missed.length ? `targets missed: ${missed.join(', ')}` : 'every PostgreSQL bench target met');
process.exitCode = missed.length ? 1 : 0;
