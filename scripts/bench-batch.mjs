#!/usr/bin/env node
// The batch CLI figure: N synthetic articles (src/lib/demo/synthetic-corpus.ts, 10,000 by default)
// as one NDJSON file through `node scripts/analyze.mjs FILE.ndjson` in one process, with --jobs 1
// and with every core, against the baseline of the same whole analysis (annotateArticle) alone in
// process on one thread. Usage: node scripts/bench-batch.mjs [articles=10000]; scripts/bench.mjs runs it.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleCli } from './bundle-cli.mjs';

const count = Number(process.argv[2] ?? 10_000);
const cores = availableParallelism();
const corpus = await import(await bundleCli('corpus'));
const folder = mkdtempSync(join(tmpdir(), 'wiremap-bench-batch-'));
const input = join(folder, 'corpus.ndjson');
const lines = createWriteStream(input);
for (let index = 0; index < count; index++) {
  const { text, url, published } = corpus.article(index);
  lines.write(`${JSON.stringify({ id: `story-${index + 1}`, text, url, published })}\n`);
}
await new Promise((resolve) => lines.end(resolve));

/** Articles per second of one whole CLI run over the corpus (process start, worker threads, output). */
function cliRate(jobs) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['scripts/analyze.mjs', input, '--jobs', String(jobs), '--quiet'], {
    stdio: ['ignore', 'ignore', 'pipe']
  });
  if (run.status !== 0) throw new Error(`the batch run failed (${run.status}): ${run.stderr}`);
  return count / (Number(process.hrtime.bigint() - start) / 1e9);
}

await bundleCli('analyze');
cliRate(1); // builds the batch and worker bundles when stale, so neither run below pays for it
const baselineRate = 1000 / corpus.annotateMsPerArticle(Math.min(count, 2000));
const oneRate = cliRate(1);
const allRate = cliRate(cores);
rmSync(folder, { recursive: true, force: true });

const row = (name, value, note = '') => console.log(`${name.padEnd(58)} ${value.padStart(16)}  ${note}`);
console.log(
  `\nBatch CLI (${count.toLocaleString('en')} synthetic articles as NDJSON, one process, NDJSON out)`
);
row('annotateArticle alone in process, one thread (baseline)', `${baselineRate.toFixed(0)} articles/s`);
row(
  'analyze corpus.ndjson --jobs 1',
  `${oneRate.toFixed(0)} articles/s`,
  `${(oneRate / baselineRate).toFixed(2)}× baseline`
);
row(
  `analyze corpus.ndjson --jobs ${cores} (every core)`,
  `${allRate.toFixed(0)} articles/s`,
  `${(allRate / baselineRate).toFixed(2)}× baseline; ${(allRate / oneRate).toFixed(2)}× --jobs 1`
);
