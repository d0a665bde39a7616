// Finds the system Chromium the end-to-end tests drive; installs Debian's package when it can.
// Never downloads a browser: playwright-core only drives the one the system has.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

const installHint =
  'Install Chromium with `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
  'or point CHROMIUM_PATH at a Chromium or Chrome executable.';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function aptGetUsable() {
  return process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

function run(command, args) {
  console.log(`find-chromium: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed. ${installHint}`);
}

/** Path of a Chromium executable: CHROMIUM_PATH, else a system one, else apt-installed (root only). */
export function findChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (isExecutable(configured)) return configured;
    throw new Error(`CHROMIUM_PATH=${configured} is not an executable file. ${installHint}`);
  }
  const installed = candidates.find(isExecutable);
  if (installed) return installed;
  if (!aptGetUsable())
    throw new Error(`Chromium not found (looked for ${candidates.join(', ')}). ${installHint}`);
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'chromium']);
  const fresh = candidates.find(isExecutable);
  if (!fresh) throw new Error(`apt-get installed chromium but no executable appeared. ${installHint}`);
  return fresh;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(findChromium());
