import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '$lib/analysis/analyze-article';
import { syntheticArticle } from '$lib/demo/synthetic-articles';
import { loadGazetteer } from '$lib/geodata/load-gazetteer';

/** "The mayor of Kharkiv said. " repeated to about `bytes`: a place mention every 27 characters. */
export function repetitiveArticle(bytes: number): string {
  return 'The mayor of Kharkiv said. '.repeat(Math.floor(bytes / 27));
}

/** Synthetic wire stories (from `first` on) joined by blank lines up to `bytes`: an ordinary long article. */
export function longArticle(bytes: number, first = 1): string {
  const parts: string[] = [];
  let length = 0;
  for (let seed = first; length < bytes; seed++) {
    const story = syntheticArticle(seed);
    parts.push(story);
    length += story.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}

/**
 * Milliseconds of one in-process analysis of each kind of large article at each size, after a
 * warm-up on the smallest: the growth with size shows whether the analysis is linear.
 */
export function largeArticleTimes(sizes: readonly number[]): { kind: string; bytes: number; ms: number }[] {
  const gazetteer = loadGazetteer();
  const kinds = { repetitive: repetitiveArticle, 'wire copy': (bytes: number) => longArticle(bytes) };
  const times = [];
  for (const [kind, make] of Object.entries(kinds)) {
    analyzeArticle(make(sizes[0]!), gazetteer);
    for (const bytes of sizes) {
      const text = make(bytes);
      const start = performance.now();
      analyzeArticle(text, gazetteer);
      times.push({ kind, bytes, ms: performance.now() - start });
    }
  }
  return times;
}
