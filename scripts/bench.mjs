#!/usr/bin/env node
// `npm run bench`: speed figures, each beside a baseline measured in the same run on the same
// machine. Analysis speed runs in process; the CLI's cold start is timed as whole processes; the
// dashboard and the 10,000-article corpus run against the built server (bench-dashboard.mjs,
// bench-corpus.mjs), and so does the PostgreSQL corpus with its workers (bench-postgres.mjs).
import { spawnSync } from 'node:child_process';
import { bundleCli } from './bundle-cli.mjs';

const seed = 'src/lib/demo/seed.txt';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function wallMs(command, args, runs = 7) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

console.log(`wiremap bench — node ${process.version}, ${(await import('node:os')).cpus().length} cores\n`);
console.log('Analysis');
const { main } = await import(await bundleCli('bench'));
main([seed]);

await bundleCli('analyze');
const nodeMs = wallMs(process.execPath, ['-e', '0']);
const cliMs = wallMs(process.execPath, ['scripts/analyze.mjs', seed]);
const npmMs = wallMs('npm', ['run', '--silent', 'analyze', '--', seed], 3);
console.log('\nCLI cold start (median wall time of whole processes)');
console.log(`${'node -e 0 (baseline)'.padEnd(58)} ${`${nodeMs.toFixed(0)} ms`.padStart(16)}`);
console.log(
  `${'node scripts/analyze.mjs seed.txt'.padEnd(58)} ${`${cliMs.toFixed(0)} ms`.padStart(16)}  target ≤ 600 ms; ${(cliMs / nodeMs).toFixed(1)}× baseline`
);
console.log(
  `${'npm run --silent analyze -- seed.txt (npm adds its own start-up)'.padEnd(58)} ${`${npmMs.toFixed(0)} ms`.padStart(16)}`
);

// The batch CLI: the corpus through one process, on one thread and on every core (BENCH_BATCH sets the size).
const batch = spawnSync(process.execPath, ['scripts/bench-batch.mjs', process.env.BENCH_BATCH ?? '10000'], {
  stdio: 'inherit'
});

// Large articles: linear growth of the analysis, and GET / while the server analyses 50 of them.
const largeArticles = spawnSync(process.execPath, ['scripts/bench-large.mjs'], { stdio: 'inherit' });

console.log('\nDashboard');
const dashboard = spawnSync(process.execPath, ['scripts/bench-dashboard.mjs'], { stdio: 'inherit' });
// BENCH_CORPUS sets the corpus size (10,000 by default; smaller for a quick look).
const corpus = spawnSync(
  process.execPath,
  ['scripts/bench-corpus.mjs', process.env.BENCH_CORPUS ?? '10000'],
  {
    stdio: 'inherit'
  }
);
// PostgreSQL with analysis workers, and SQLite beside it (BENCH_PG_CORPUS, 100,000 by default;
// BENCH_PG_QUICK=1 for a small run); without a server it says how to get one and goes on.
const postgres = spawnSync(
  process.execPath,
  ['scripts/bench-postgres.mjs', ...(process.env.BENCH_PG_QUICK ? ['--quick'] : [])],
  { stdio: 'inherit' }
);
process.exitCode =
  batch.status || largeArticles.status || dashboard.status || corpus.status || postgres.status ? 1 : 0;
