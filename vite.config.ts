import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/** The store tests: run on SQLite, then again on PostgreSQL (tests/unit/server/temporary-store.ts). */
const storeTests = [
  'tests/unit/server/{append-edit,export-articles,feed-store,import-article,reanalysis,seed,store-article,unit-aggregate,analysis-budget}.test.ts',
  'tests/unit/server/auth/{accounts-and-sessions,oidc-accounts}.test.ts',
  'tests/unit/server/postgres-*.test.ts'
];

export default defineConfig({
  plugins: [sveltekit()],
  server: { port: 3000 },
  preview: { port: 3000 },
  test: {
    environment: 'node',
    pool: 'forks',
    globalSetup: ['tests/unit/analysis-worker-setup.ts'],
    // The first analysis in each test file starts a worker thread that loads the gazetteer
    // (about a second, several on a busy machine): more than vitest's 5 s default allows.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The JSON report lets `npm test` close with one "N passed, N failed" line.
    projects: [
      {
        extends: true,
        // postgres-unavailable needs the server the postgres project finds.
        test: {
          name: 'sqlite',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/server/postgres-*.test.ts']
        }
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: storeTests,
          // The store tests expect the analysis in the request; postgres-analysis-jobs tests the queue.
          env: { WIREMAP_TEST_STORE: 'postgres', WIREMAP_ANALYSIS_JOBS: 'inline' },
          // Each test also makes and migrates a database on a server that shares the machine's
          // cores with the SQLite project running beside it: under load that takes far longer.
          testTimeout: 60_000,
          hookTimeout: 90_000,
          globalSetup: ['tests/unit/analysis-worker-setup.ts', 'tests/unit/postgres-setup.ts']
        }
      }
    ],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit-report.json' }
  }
});
