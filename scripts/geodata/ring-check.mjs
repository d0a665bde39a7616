// The import check for self-intersecting rings (src/lib/annotated/ring-crossings.ts), bundled
// with esbuild so that `npm run geodata` repairs its outlines against exactly the rule that
// imports apply to them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { repoRoot } from './sources.mjs';

const directory = mkdtempSync(join(tmpdir(), 'wiremap-rings-'));
const bundle = join(directory, 'ring-crossings.mjs');
buildSync({
  entryPoints: [join(repoRoot, 'src/lib/annotated/ring-crossings.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: bundle,
  logLevel: 'silent'
});
const { ringCrossing } = await import(pathToFileURL(bundle).href);
rmSync(directory, { recursive: true });

/** Where the rings of a Polygon/MultiPolygon meet themselves: one position per ring that does. */
export function ringCrossingPoints(geometry) {
  if (!geometry) return [];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const points = [];
  for (const polygon of polygons)
    for (const ring of polygon) {
      const crossing = ringCrossing(ring, Infinity);
      if (crossing) points.push(crossing.near);
    }
  return points;
}
