// npm test: the one gate. Types, lint, unit, end-to-end, in that order; stops at the first failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const reports = [
  'test-results/unit-report.json',
  'test-results/e2e-report.json',
  'test-results/e2e-postgres-report.json'
];
for (const report of reports) rmSync(report, { force: true });

// test:unit runs the store tests on SQLite and on PostgreSQL; test:e2e:postgres the API tests on PostgreSQL.
const steps = ['check', 'lint', 'test:unit', 'test:e2e', 'test:e2e:postgres'];
const results = [];

for (const step of steps) {
  console.log(`\n━━ npm run ${step}`);
  const startedAt = Date.now();
  const { status } = spawnSync('npm', ['run', '--silent', step], { stdio: 'inherit' });
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  results.push({ step, passed: status === 0, seconds });
  if (status !== 0) {
    console.error(`\n✗ npm run ${step} failed (exit ${status}); later steps not run.`);
    break;
  }
}

console.log('\n━━ summary');
for (const step of steps) {
  const result = results.find((candidate) => candidate.step === step);
  console.log(result ? `${result.passed ? '✓' : '✗'} ${step}  ${result.seconds} s` : `- ${step}  not run`);
}
// One closing line that counts every test of this run, read from vitest's JSON reports.
let passed = 0;
let failed = 0;
for (const report of reports.filter((path) => existsSync(path))) {
  const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, 'utf8'));
  passed += numPassedTests;
  failed += numFailedTests;
}
// A failed step that ran no test of its own (check, lint) counts as one failure, never as none.
const failedChecks = results.filter((result) => !result.passed && !result.step.startsWith('test:')).length;
console.log(`\ntests: ${passed} passed, ${failed + failedChecks} failed`);
process.exit(results.every((result) => result.passed) && results.length === steps.length ? 0 : 1);
