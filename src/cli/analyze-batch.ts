// The batch form of `npm run analyze` (many files, folders, NDJSON, --out, --format, --jobs), bundled
// apart from analyze.ts so that the single-file form's cold start never parses zod or the pool.
export { runBatch } from './batch/run-batch';
