// Builds the published map's static files (src/published/: the page, its script bundled with
// esbuild for the browser, its stylesheet) and copies MapLibre's worker and stylesheet beside
// them, into .cache/published/. Rebuilt when a source is newer. The embed route, the static
// export and the image renderer all serve this one folder, with an article's data files added.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newestModification } from './newest-modification.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const watched = ['src/lib', 'src/published', 'package-lock.json'];
const maplibre = join(root, 'node_modules', 'maplibre-gl', 'dist');

/** The files of the published map, in the order a page loads them. */
export const publishedAssets = [
  'index.html',
  'published-map.css',
  'maplibre-gl.css',
  'published-map.js',
  'maplibre-gl-worker.mjs'
];

/** The folder holding an up-to-date build of the published map's static files. */
export async function bundlePublishedMap() {
  const out = join(root, '.cache', 'published');
  const bundle = join(out, 'published-map.js');
  const sourcesChanged = Math.max(...watched.map((path) => newestModification(join(root, path))));
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= sourcesChanged) return out;
  // Built aside, then renamed: two processes bundling at once never serve half a folder.
  const partial = `${out}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
  mkdirSync(partial, { recursive: true });
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(root, 'src', 'published', 'published-map.ts')],
    outfile: join(partial, 'published-map.js'),
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    alias: { $lib: join(root, 'src', 'lib') },
    logLevel: 'error'
  });
  copyFileSync(join(root, 'src', 'published', 'index.html'), join(partial, 'index.html'));
  copyFileSync(join(root, 'src', 'published', 'published-map.css'), join(partial, 'published-map.css'));
  copyFileSync(join(maplibre, 'maplibre-gl.css'), join(partial, 'maplibre-gl.css'));
  copyFileSync(join(maplibre, 'maplibre-gl-worker.mjs'), join(partial, 'maplibre-gl-worker.mjs'));
  rmSync(out, { recursive: true, force: true });
  try {
    renameSync(partial, out);
  } catch (error) {
    // Another process renamed its build into place first; theirs is as fresh as ours.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(bundle)) throw error;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await bundlePublishedMap());
