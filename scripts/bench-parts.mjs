// What the browser benchmarks share: the built server on a free port over a database of its own,
// and Debian's Chromium drawing WebGL in software.
import { spawn } from 'node:child_process';
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
export async function startServer(database) {
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
      WIREMAP_WRITES_PER_MINUTE: '0'
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
