import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AnalysisPool } from './analysis-pool';

/** The time allowed for one article's analysis unless WIREMAP_ANALYSIS_BUDGET_MS says otherwise. */
export const DEFAULT_BUDGET_MS = 60_000;

/** Pool size and time budget from WIREMAP_ANALYSIS_THREADS (default: one per core) and WIREMAP_ANALYSIS_BUDGET_MS. */
export function poolSettingsFromEnvironment(env: Record<string, string | undefined>): {
  size: number;
  budgetMs: number;
} {
  const whole = (name: string, fallback: number) => {
    const value = env[name]?.trim();
    if (!value) return fallback;
    if (!/^[1-9]\d*$/.test(value)) throw new Error(`${name} must be a whole number above 0, not "${value}"`);
    return Number(value);
  };
  return {
    size: whole('WIREMAP_ANALYSIS_THREADS', availableParallelism()),
    budgetMs: whole('WIREMAP_ANALYSIS_BUDGET_MS', DEFAULT_BUDGET_MS)
  };
}

let pool: AnalysisPool | undefined;

/** The server's analysis pool (see poolSettingsFromEnvironment), made on first use. */
export function serverAnalysisPool(): AnalysisPool {
  pool ??= new AnalysisPool({ ...poolSettingsFromEnvironment(process.env), workerFile: analysisWorkerFile });
  return pool;
}

/**
 * The bundled worker script, built by scripts/bundle-cli.mjs when missing or older than the
 * sources. Why a bundle: a worker thread runs plain JavaScript, and neither Vite's server build
 * nor vitest hands one a TypeScript entry of ours; one esbuild bundle serves the built server,
 * `vite dev`, vitest and the CLI alike.
 */
export async function analysisWorkerFile(): Promise<URL> {
  const script = pathToFileURL(join(projectRoot(), 'scripts', 'bundle-cli.mjs')).href;
  const bundler = (await import(/* @vite-ignore */ script)) as { bundleAnalysisWorker(): Promise<string> };
  return new URL(await bundler.bundleAnalysisWorker());
}

/** The checkout's root, found by walking up from this module (sources, build/ or .cache/cli/). */
function projectRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'scripts', 'bundle-cli.mjs'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}
