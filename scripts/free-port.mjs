// The one way scripts and tests find a port to start a server on.
import { createServer } from 'node:net';

/**
 * A TCP port on 127.0.0.1 nobody listens on right now (the system picks it; the probe closes
 * before it resolves).
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}
