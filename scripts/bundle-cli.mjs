// Bundles src/cli/*.ts (and the analysis worker) with esbuild into .cache/cli/, skipping the work
// when the bundle is newer than every file under src/lib, src/cli and geodata/knowledge.
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { newestModification } from './newest-modification.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const watched = ['src/lib', 'src/cli', 'geodata/knowledge', 'package-lock.json'];

/**
 * Returns the file URL of an up-to-date bundle of src/cli/NAME.ts, building it when stale. With
 * `externalPackages`, npm packages are imported from node_modules at run time instead of bundled:
 * the database client (libsql) loads a native module through `require`, which an ESM bundle lacks.
 */
export function bundleCli(name = 'analyze', { externalPackages = false } = {}) {
  return bundleEntry(join('src', 'cli', `${name}.ts`), name, externalPackages);
}

/**
 * Returns the file URL of an up-to-date bundle of the analysis worker thread
 * (src/lib/server/analysis-pool/analysis-worker.ts), which the server and the CLI start.
 */
export function bundleAnalysisWorker() {
  return bundleEntry(join('src', 'lib', 'server', 'analysis-pool', 'analysis-worker.ts'), 'analysis-worker');
}

/** The bundle .cache/cli/NAME.mjs of the TypeScript file at `entry` (from the root), rebuilt when stale. */
async function bundleEntry(entry, name, externalPackages = false) {
  const out = join(root, '.cache', 'cli', `${name}.mjs`);
  const sourcesChanged = Math.max(...watched.map((path) => newestModification(join(root, path))));
  if (!existsSync(out) || statSync(out).mtimeMs < sourcesChanged) {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [join(root, entry)],
      outfile: out,
      write: false,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      alias: { $lib: join(root, 'src', 'lib') },
      ...(externalPackages ? { packages: 'external' } : {}),
      logLevel: 'error'
    });
    // Written aside, then renamed: processes bundling at once (test files, a server and the CLI)
    // never see half a file.
    mkdirSync(dirname(out), { recursive: true });
    const partial = `${out}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
    writeFileSync(partial, result.outputFiles[0].contents);
    renameSync(partial, out);
  }
  return pathToFileURL(out).href;
}
