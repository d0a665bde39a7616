import { performance } from 'node:perf_hooks';
import { corpusArticle, type CorpusArticle } from '$lib/demo/synthetic-corpus';
import { annotateArticle } from '$lib/server/annotate-article';

/** Article `index` of the deterministic benchmark corpus (scripts/bench-corpus.mjs posts them). */
export function article(index: number): CorpusArticle {
  return corpusArticle(index);
}

/**
 * The baseline for ingest: milliseconds per article of the whole analysis the server runs on each
 * one (annotateArticle: analysis, geometry, title), in process, over corpus articles [0, count).
 */
export function annotateMsPerArticle(count: number): number {
  for (let index = 0; index < 50; index++) annotateArticle(corpusArticle(index).text);
  const start = performance.now();
  for (let index = 0; index < count; index++) annotateArticle(corpusArticle(index).text);
  return (performance.now() - start) / count;
}
