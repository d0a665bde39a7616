// Large articles (issue 10): the analysis's growth with the size of the text, in process, and the
// dashboard's latency (GET /) while the built server analyses 50 large articles at once, each
// against a baseline in the same run (the smallest size; GET / on the idle server).
// Usage: node scripts/bench-large.mjs; BENCH_LARGE_BYTES sets the size of the 50 (250,000; the
// limit is 1 MB, and 50 of those take minutes on two cores).
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleCli } from './bundle-cli.mjs';
import { median, startServer } from './bench-parts.mjs';
import { ensureBuild } from './ensure-build.mjs';

const row = (label, value, note = '') => console.log(`${label.padEnd(58)} ${value.padStart(16)}  ${note}`);
const kb = (bytes) => (bytes >= 1_000_000 ? `${bytes / 1_000_000} MB` : `${bytes / 1000} KB`);
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)];

const large = await import(await bundleCli('bench-large'));

console.log('\nLarge articles: one analysis each, in process');
const sizes = [100_000, 400_000, 1_000_000];
const times = large.largeArticleTimes(sizes);
for (const { kind, bytes, ms } of times) {
  const base = times.find((t) => t.kind === kind && t.bytes === sizes[0]);
  // Linear growth keeps the time per byte: a ratio near 1 at every size.
  const perByte = ms / bytes / (base.ms / base.bytes);
  row(
    `${kind}, ${kb(bytes)}`,
    `${(ms / 1000).toFixed(2)} s`,
    `time per byte ${perByte.toFixed(2)}× the 100 KB one`
  );
}

const count = 50;
const bytes = Number(process.env.BENCH_LARGE_BYTES ?? 250_000);
ensureBuild();
const folder = mkdtempSync(join(tmpdir(), 'wiremap-bench-large-'));
const server = await startServer(join(folder, 'large.db'));
try {
  // The seed's page throughout: GET / alone would show the newest article, a large one soon.
  const listed = await (await fetch(`${server.url}/api/articles?limit=1`)).json();
  const seedPage = `${server.url}/?article=${listed.articles[0].id}`;
  /** Milliseconds of one GET of the dashboard page, rendered on the server. */
  const page = async () => {
    const start = performance.now();
    const response = await fetch(seedPage);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`GET /: ${response.status}`);
    return performance.now() - start;
  };
  await page();
  const idle = [];
  for (let i = 0; i < 30; i++) idle.push(await page());

  const articles = Array.from({ length: count }, (_, i) => large.longArticle(bytes, 1 + i * 1000));
  const started = performance.now();
  let settled = 0;
  const posting = Promise.all(
    articles.map((text) =>
      fetch(`${server.url}/api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: text
      })
        .then(async (response) => (await response.arrayBuffer(), response.status))
        .finally(() => settled++)
    )
  );
  // Pages asked for one after another while the articles are analysed.
  const loaded = [];
  while (settled < count) loaded.push(await page());
  const statuses = await posting;
  const ingestMs = performance.now() - started;

  console.log(
    `\nGET / while ${count} articles of ${kb(bytes)} are analysed (${availableParallelism()} analysis threads, default)`
  );
  row('GET /?article=<seed>, idle server (median of 30, baseline)', `${median(idle).toFixed(0)} ms`);
  row(
    `GET /?article=<seed> during the analysis (median of ${loaded.length})`,
    `${median(loaded).toFixed(0)} ms`,
    `${(median(loaded) / median(idle)).toFixed(1)}× idle; p95 ${percentile(loaded, 0.95).toFixed(0)} ms, max ${Math.max(...loaded).toFixed(0)} ms`
  );
  const stored = statuses.filter((status) => status === 201).length;
  row(
    `${count} POSTs of ${kb(bytes)}, all at once`,
    `${(ingestMs / 1000).toFixed(1)} s`,
    `${stored} stored, ${statuses.filter((s) => s === 503).length} refused by the time budget`
  );
} finally {
  await server.stop();
  rmSync(folder, { recursive: true, force: true });
}
