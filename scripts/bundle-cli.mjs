// Bundles src/cli/*.ts with esbuild into .cache/cli/, skipping the work when the bundle is newer
// than every file under src/lib, src/cli and geodata/knowledge.
import { existsSync, statSync } from 'node:fs';
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
export async function bundleCli(name = 'analyze', { externalPackages = false } = {}) {
  const out = join(root, '.cache', 'cli', `${name}.mjs`);
  const sourcesChanged = Math.max(...watched.map((path) => newestModification(join(root, path))));
  if (!existsSync(out) || statSync(out).mtimeMs < sourcesChanged) {
    const { build } = await import('esbuild');
    await build({
      entryPoints: [join(root, 'src', 'cli', `${name}.ts`)],
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      alias: { $lib: join(root, 'src', 'lib') },
      ...(externalPackages ? { packages: 'external' } : {}),
      logLevel: 'error'
    });
  }
  return pathToFileURL(out).href;
}
