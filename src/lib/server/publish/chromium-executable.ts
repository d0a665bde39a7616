import { accessSync, constants } from 'node:fs';

/** Why no image can be rendered: no browser on this machine (the API answers 503 with it). */
export class BrowserUnavailable extends Error {
  override name = 'BrowserUnavailable';
}

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium that renders map images: CHROMIUM_PATH, else the system's. Never installs or
 * downloads one (scripts/find-chromium.mjs may, for the tests); throws BrowserUnavailable.
 */
export function chromiumExecutable(environment: NodeJS.ProcessEnv = process.env): string {
  const configured = environment.CHROMIUM_PATH;
  if (configured) {
    if (executable(configured)) return configured;
    throw new BrowserUnavailable(`no map image: CHROMIUM_PATH=${configured} is not an executable file`);
  }
  const found = candidates.find(executable);
  if (found) return found;
  throw new BrowserUnavailable(
    `no map image: no Chromium on this server (looked for ${candidates.join(', ')}); ` +
      'install it (apt-get install chromium) or set CHROMIUM_PATH'
  );
}
