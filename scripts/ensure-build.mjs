// Builds the app (vite build → build/) when build/ is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newestModification } from './newest-modification.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const builtEntry = join(root, 'build', 'index.js');
const sources = ['src', 'geodata', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'];

/** Why the build is stale, or null when build/ is up to date. */
export function staleBuildReason() {
  const builtAt = newestModification(builtEntry);
  if (builtAt === 0) return 'build/ is missing';
  const changed = sources.find((source) => newestModification(join(root, source)) > builtAt);
  return changed ? `${changed} changed since the last build` : null;
}

/** Runs `npm run build` if needed; throws if the build fails. */
export function ensureBuild() {
  const reason = staleBuildReason();
  if (!reason) return;
  console.log(`wiremap: building (${reason})…`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
}
