import { createServer } from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { DatabaseUnavailable } from '$lib/server/db/database-unavailable';
import { openArticleStore } from '$lib/server/store/open-article-store';
import { databaseUrl } from '../../../scripts/test-databases.mjs';

/** A port of 127.0.0.1 that nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
    });
  });
}

describe('a PostgreSQL store that cannot be used', () => {
  it('is unavailable, with the reason, when no server answers', async () => {
    const opened = openArticleStore(`postgres://postgres@127.0.0.1:${await closedPort()}/wiremap`);
    await expect(opened).rejects.toBeInstanceOf(DatabaseUnavailable);
    await expect(opened).rejects.toThrow(/PostgreSQL server in WIREMAP_DB cannot be reached/);
  });

  it('is unavailable, with the reason, when the database does not exist', async () => {
    const opened = openArticleStore(databaseUrl(inject('postgresUrl'), 'wiremap_test_no_such_database'));
    await expect(opened).rejects.toBeInstanceOf(DatabaseUnavailable);
    await expect(opened).rejects.toThrow(/database named in WIREMAP_DB does not exist/);
  });
});
