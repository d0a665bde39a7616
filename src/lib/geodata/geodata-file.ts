import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * Absolute path of a file in the repository's `geodata/` folder. WIREMAP_GEODATA overrides;
 * otherwise the folder is found by walking up from this module, which works from the sources,
 * from the CLI bundle in .cache/cli/ and from the server build in build/.
 */
export function geodataFile(name: string): string {
  root ??= process.env.WIREMAP_GEODATA ?? findGeodataDir();
  return join(root, name);
}

function findGeodataDir(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join(dir, 'geodata');
    if (existsSync(join(candidate, 'SOURCES.md')) || existsSync(join(candidate, 'admin1.geojson'))) return candidate;
    if (dirname(dir) === dir) return join(process.cwd(), 'geodata');
  }
}
