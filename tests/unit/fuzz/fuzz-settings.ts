import type { Parameters } from 'fast-check';

/** How many times the default runs `npm run fuzz` asks for (FUZZ_SCALE); 1 in `npm test`. */
const scale = Math.max(1, Number(process.env.FUZZ_SCALE ?? 1));

/**
 * fast-check settings shared by the fuzz tests: a fixed seed so CI is reproducible (FUZZ_SEED
 * picks another), and `defaultRuns` times FUZZ_SCALE runs for a longer search.
 */
export function fuzzParameters<T>(defaultRuns: number): Parameters<T> {
  const seed = Number(process.env.FUZZ_SEED ?? 20261125);
  return { seed, numRuns: defaultRuns * scale, endOnFailure: true };
}

/** The vitest timeout for a fuzz test, grown with the run count. */
export function fuzzTimeout(defaultRuns: number, millisecondsPerRun: number): number {
  return Math.max(30_000, defaultRuns * scale * millisecondsPerRun);
}
