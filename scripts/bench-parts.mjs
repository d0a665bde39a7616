// What the browser benchmarks share: the built server on a free port over a database of its own,
// and Debian's Chromium drawing WebGL in software.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';
import { freePort } from './free-port.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The built server (scripts/serve.mjs) over `database`, never the checkout's own, with the write
 * limit off, once it answers; `startedMs` is spawn → first answer. BENCH_CPU_PROFILE=<folder>
 * writes a V8 CPU profile of the run there.
 */
export async function startServer(database, env = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const profile = process.env.BENCH_CPU_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
    : [];
  const child = spawn(process.execPath, [...profile, 'scripts/serve.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      WIREMAP_DB: database,
      WIREMAP_WRITES_PER_MINUTE: '0',
      ...env
    },
    stdio: ['ignore', 'ignore', 'inherit']
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/api/articles?limit=1`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const startedMs = performance.now() - started;
  const stop = () =>
    new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  return { url, child, startedMs, stop };
}

/** Debian's Chromium, headless, WebGL through SwiftShader (no GPU here). */
export function launchChromium() {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-gpu'
    ]
  });
}

/** One figure of a process's memory from Linux's /proc/PID/status (VmHWM: peak, VmRSS: now), in bytes. */
export function processMemory(pid, field = 'VmHWM') {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return line ? Number(line[1]) * 1024 : Number.NaN;
}

/** Median milliseconds of `runs` GETs of `path`, after one to warm up; throws on a non-200. */
export async function timedGets(url, path, runs = 30) {
  const times = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const response = await fetch(`${url}${path}`);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    if (i > 0) times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * POSTs articles `from` … `to - 1` of the synthetic corpus (the bundle of src/cli/corpus.ts) to
 * `url`'s /api/articles, `concurrency` at a time; every answer must be one of `statuses` (201:
 * stored and analysed; 202: queued for a worker). Resolves to the milliseconds it took.
 */
export async function postCorpus(url, corpus, from, to, { concurrency = 4, statuses = [201] } = {}) {
  let next = from;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < to) {
        const { text, url: source, published } = corpus.article(next++);
        const response = await fetch(`${url}/api/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text, url: source, published })
        });
        if (!statuses.includes(response.status))
          throw new Error(`ingest: ${response.status} ${await response.text()}`);
        await response.arrayBuffer();
      }
    })
  );
  return performance.now() - start;
}

/**
 * Reads the whole streamed export (GET /api/export, NDJSON) of the server `server` (from
 * startServer) to the end, counting its bytes and lines, while sampling the server's resident
 * memory: `rssBefore` just before, `peakRss` the most it held during the export (Linux VmHWM
 * after resetting it through /proc/PID/clear_refs where allowed, and VmRSS sampled every 20 ms).
 */
export async function readExport(server) {
  const pid = server.child.pid;
  const rssBefore = processMemory(pid, 'VmRSS');
  let peakReset = true;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    peakReset = false;
  }
  let sampled = rssBefore;
  const sampler = setInterval(() => {
    sampled = Math.max(sampled, processMemory(pid, 'VmRSS'));
  }, 20);
  const start = performance.now();
  let bytes = 0;
  let lines = 0;
  try {
    const response = await fetch(`${server.url}/api/export`);
    if (!response.ok) throw new Error(`export: ${response.status}`);
    for await (const chunk of response.body) {
      bytes += chunk.byteLength;
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
    }
  } finally {
    clearInterval(sampler);
  }
  const ms = performance.now() - start;
  const peakRss = peakReset ? Math.max(sampled, processMemory(pid, 'VmHWM')) : sampled;
  return { ms, bytes, lines, rssBefore, peakRss };
}
