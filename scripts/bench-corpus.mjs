// The 10,000-article benchmark: a deterministic corpus (src/lib/demo/synthetic-corpus.ts) through
// the built server over a fresh SQLite file, each figure beside a baseline measured in the same run:
// 1. ingest: POST /api/articles of every article, 4 at a time, against the analysis alone in process;
// 2. the per-oblast aggregate (GET /api/aggregate), against a one-row read (GET …/edits);
// 3. the full streamed export (GET /api/export) from a freshly started server, its time and the
//    server's peak memory (VmHWM), against reading the same rows raw with @libsql/client;
// 4. the dashboard with the aggregate layer: navigation → map idle with the choropleth drawn,
//    against the same page without it (median of alternating runs in Chromium).
// Usage: node scripts/bench-corpus.mjs [articles=10000]; scripts/bench.mjs runs it.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { bundleCli } from './bundle-cli.mjs';
import {
  launchChromium,
  median,
  postCorpus,
  processMemory,
  readExport,
  startServer,
  timedGets
} from './bench-parts.mjs';
import { ensureBuild } from './ensure-build.mjs';

const count = Number(process.argv[2] ?? 10_000);
const concurrency = 4;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const rows = [];
const row = (label, value, note = '') => {
  rows.push([label, value, note]);
  console.log(`${label.padEnd(58)} ${value.padStart(16)}  ${note}`);
};
const verdicts = [];

const corpus = await import(await bundleCli('corpus'));
ensureBuild();
const folder = mkdtempSync(join(tmpdir(), 'wiremap-bench-'));
const database = join(folder, 'corpus.db');
console.log(
  `\nCorpus of ${count.toLocaleString('en')} articles (node ${process.version}, ${cpus().length} cores, ${mb(totalmem())} memory)`
);
try {
  // 1. Ingest.
  const annotateMs = corpus.annotateMsPerArticle(300);
  let server = await startServer(database);
  const ingestMs = await postCorpus(server.url, corpus, 0, count, { concurrency });
  row(
    'analysis alone, in process (baseline), projected',
    seconds(annotateMs * count),
    `${annotateMs.toFixed(2)} ms/article`
  );
  row(
    `ingest: POST /api/articles × ${count}, ${concurrency} at a time`,
    seconds(ingestMs),
    `target ≤ 60 s; ${(ingestMs / (annotateMs * count)).toFixed(2)}× baseline; ${Math.round(count / (ingestMs / 1000))}/s`
  );
  verdicts.push(['ingest', ingestMs <= 60_000]);
  row('  database file', mb(statSync(database).size));

  // 2. The per-oblast aggregate.
  const [anArticle] = (await (await fetch(`${server.url}/api/articles?limit=1`)).json()).articles;
  const oneRowMs = await timedGets(server.url, `/api/articles/${anArticle.id}/edits`);
  const aggregateMs = await timedGets(server.url, '/api/aggregate');
  const aggregateYearMs = await timedGets(server.url, '/api/aggregate?from=2024-01-01&to=2024-12-31');
  const units = (await (await fetch(`${server.url}/api/aggregate`)).json()).units.length;
  row('one-row read, GET /api/articles/:id/edits (baseline)', `${oneRowMs.toFixed(1)} ms`, 'median of 30');
  row(
    `aggregate, GET /api/aggregate (${units} units, all dates)`,
    `${aggregateMs.toFixed(1)} ms`,
    `target ≤ 50 ms; ${(aggregateMs / oneRowMs).toFixed(1)}× baseline`
  );
  row(
    'aggregate, one year (from=2024-01-01&to=2024-12-31)',
    `${aggregateYearMs.toFixed(1)} ms`,
    `${(aggregateYearMs / oneRowMs).toFixed(1)}× baseline`
  );
  verdicts.push(['aggregate', Math.max(aggregateMs, aggregateYearMs) <= 50]);
  await server.stop();

  // 3. The full streamed export, from a server that has done nothing else.
  const raw = createClient({ url: `file:${database}` });
  const rawStart = performance.now();
  const rawRows = await raw.execute(
    'SELECT a.text, n.annotated FROM articles a JOIN analyses n ON n.article_id = a.id'
  );
  const rawBytes = rawRows.rows.reduce(
    (sum, r) => sum + String(r.text).length + String(r.annotated).length,
    0
  );
  const rawMs = performance.now() - rawStart;
  raw.close();
  server = await startServer(database);
  row('server start on the corpus (integrity check, migrations)', `${server.startedMs.toFixed(0)} ms`);
  const startPeak = processMemory(server.child.pid);
  const { ms: exportMs, bytes, lines, peakRss } = await readExport(server);
  const peak = Math.max(startPeak, peakRss);
  if (lines !== count + 1) throw new Error(`export: ${lines} lines for ${count + 1} articles`);
  row('raw read of the same rows, @libsql/client (baseline)', seconds(rawMs), mb(rawBytes));
  row(
    `export, GET /api/export (${lines} articles, NDJSON)`,
    seconds(exportMs),
    `target ≤ 5 s; ${(exportMs / rawMs).toFixed(1)}× baseline; ${mb(bytes)}`
  );
  row('  server peak memory (VmHWM) through start and export', mb(peak), 'target ≤ 500 MB');
  verdicts.push(['export time', exportMs <= 5000], ['export memory', peak <= 500 * 1024 * 1024]);

  // 4. The dashboard with the layer across articles.
  const browser = await launchChromium();
  try {
    const page = `${server.url}/?article=${anArticle.id}`;
    const idle = async (url, withAggregate) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const tab = await context.newPage();
      await tab.addInitScript((waitForAggregate) => {
        const timer = setInterval(() => {
          const map = window.__wiremapMap;
          if (!map || (waitForAggregate && !map.getLayer('aggregate-fill'))) return;
          clearInterval(timer);
          map.once('idle', () => (window.__idleAt = performance.now()));
          map.triggerRepaint();
        }, 2);
      }, withAggregate);
      await tab.goto(url);
      await tab.waitForFunction(() => window.__idleAt !== undefined, undefined, { timeout: 60_000 });
      const result = await tab.evaluate(() => ({
        at: window.__idleAt,
        drawn: window.__wiremapMap.getLayer('aggregate-fill')
          ? new Set(
              window.__wiremapMap
                .queryRenderedFeatures({ layers: ['aggregate-fill'] })
                .map((f) => f.properties.id)
            ).size
          : 0
      }));
      await context.close();
      return result;
    };
    await idle(page, false);
    const plain = [];
    const across = [];
    let drawn = 0;
    for (let i = 0; i < 5; i++) {
      plain.push((await idle(page, false)).at);
      const withLayer = await idle(`${page}&across=articles`, true);
      if (withLayer.drawn === 0) throw new Error('the aggregate layer drew nothing');
      drawn = withLayer.drawn;
      across.push(withLayer.at);
    }
    row('dashboard: navigation → idle (baseline)', `${median(plain).toFixed(0)} ms`, 'median of 5');
    row(
      `dashboard with the aggregate layer (${drawn} regions drawn)`,
      `${median(across).toFixed(0)} ms`,
      `target ≤ 3 s; ${(median(across) / median(plain)).toFixed(2)}× baseline`
    );
    verdicts.push(['dashboard', median(across) <= 3000]);
  } finally {
    await browser.close();
    await server.stop();
  }
} finally {
  // BENCH_KEEP_DB=1 keeps the corpus database for a closer look, and says where.
  if (process.env.BENCH_KEEP_DB) console.log(`corpus database kept: ${database}`);
  else rmSync(folder, { recursive: true, force: true });
}
const missed = verdicts.filter(([, met]) => !met).map(([name]) => name);
console.log(missed.length ? `targets missed: ${missed.join(', ')}` : 'every corpus target met');
process.exitCode = missed.length ? 1 : 0;
