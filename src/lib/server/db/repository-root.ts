import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The wiremap checkout: the nearest folder at or above the working directory whose package.json
 * is named "wiremap" (so `npm start`, vitest and the e2e servers agree), else the nearest above
 * this module (a server started from elsewhere), else the working directory.
 */
export function repositoryRoot(): string {
  root ??= findRoot(process.cwd()) ?? findRoot(dirname(fileURLToPath(import.meta.url))) ?? process.cwd();
  return root;
}

function findRoot(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (isWiremap(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function isWiremap(packageFile: string): boolean {
  if (!existsSync(packageFile)) return false;
  try {
    return (JSON.parse(readFileSync(packageFile, 'utf8')) as { name?: unknown }).name === 'wiremap';
  } catch {
    return false;
  }
}
