import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests: one Chromium against the built server that scripts/test-e2e.mjs starts.
// One fork, files in sequence: two browsers at once would fight over 2 cores and SwiftShader.
export default defineConfig({
  // Tests import domain modules (validation, types) that import each other through $lib.
  resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    // Tests of PostgreSQL alone (many processes on one database) run in the PostgreSQL pass only.
    exclude: process.env.WIREMAP_TEST_STORE === 'postgres' ? [] : ['tests/e2e/**/postgres-*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e-report.json' }
  }
});
