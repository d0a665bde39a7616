/**
 * vitest global setup: bundles the analysis worker once before the test files start, rather than
 * in each test file's process at once (they would all find it stale after a source change).
 */
export async function setup(): Promise<void> {
  const { analysisWorkerFile } = await import('$lib/server/analysis-pool/server-analysis-pool');
  await analysisWorkerFile();
}
