import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '$lib/analysis/analyze-article';
import { loadGazetteer } from '$lib/geodata/load-gazetteer';
import { syntheticArticle } from '$lib/demo/synthetic-articles';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs `work` repeatedly and returns the median milliseconds of one call. */
function timeEach(work: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** In-process analysis figures: gazetteer load, seed warm time and articles per second. */
export function main(argv: readonly string[]): number {
  const seedPath = argv[0] ?? 'src/lib/demo/seed.txt';
  const loadStart = performance.now();
  const gazetteer = loadGazetteer();
  const loadMs = performance.now() - loadStart;
  const seed = readFileSync(seedPath, 'utf8');
  for (let i = 0; i < 200; i++) analyzeArticle(seed, gazetteer);
  const seedMs = timeEach(() => analyzeArticle(seed, gazetteer), 500);

  const corpus = Array.from({ length: 1000 }, (_, i) => syntheticArticle(i + 1));
  const meanLength = corpus.reduce((sum, text) => sum + text.length, 0) / corpus.length;
  // Baseline: one pass of a simple word regex over the same texts, the floor of any text scan.
  const baselineStart = performance.now();
  let words = 0;
  for (const text of corpus) words += text.match(/\p{L}+/gu)?.length ?? 0;
  const baselineMs = performance.now() - baselineStart;
  const corpusStart = performance.now();
  for (const text of corpus) analyzeArticle(text, gazetteer);
  const corpusMs = performance.now() - corpusStart;

  const rows = [
    ['gazetteer load (in process)', `${loadMs.toFixed(1)} ms`, ''],
    ['seed analysis, warm (median of 500)', `${seedMs.toFixed(3)} ms`, 'target ≤ 2 ms'],
    [
      `throughput, ${corpus.length} synthetic articles of ~${Math.round(meanLength)} chars`,
      `${Math.round((corpus.length / corpusMs) * 1000)} articles/s`,
      'target ≥ 500/s'
    ],
    [
      '  ratio to a bare word-regex scan of the same texts',
      `${(corpusMs / baselineMs).toFixed(1)}×`,
      `(${words} words)`
    ]
  ];
  for (const [name, value, note] of rows) console.log(`${name!.padEnd(58)} ${value!.padStart(16)}  ${note}`);
  return 0;
}
