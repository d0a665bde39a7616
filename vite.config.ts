import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  server: { port: 3000 },
  preview: { port: 3000 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    globalSetup: ['tests/unit/analysis-worker-setup.ts'],
    // The first analysis in each test file starts a worker thread that loads the gazetteer
    // (about a second, several on a busy machine): more than vitest's 5 s default allows.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The JSON report lets `npm test` close with one "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit-report.json' }
  }
});
