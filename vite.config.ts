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
    // The JSON report lets `npm test` close with one "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit-report.json' }
  }
});
