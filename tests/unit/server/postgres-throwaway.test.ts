import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answers, debianBinaries, throwawayCluster } from '../../../scripts/find-postgres.mjs';

describe('the throwaway PostgreSQL cluster of a machine without a server', () => {
  it('starts from Debian’s binaries on a free port, answers, and leaves nothing behind', async () => {
    expect(debianBinaries()).toMatch(/^\/usr\/lib\/postgresql\/\d+\/bin$/);
    const cluster = await throwawayCluster();
    try {
      expect(cluster.url).not.toContain(':5432/');
      expect(await answers(cluster.url)).toBe(true);
    } finally {
      cluster.stop();
    }
    expect(await answers(cluster.url)).toBe(false);
    expect(existsSync(cluster.folder)).toBe(false);
  }, 60_000);
});
