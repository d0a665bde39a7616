import seedText from '$lib/demo/seed.txt?raw';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { annotateArticle } from './annotate-article';
import { recalledArticle, rememberArticle } from './article-memory';

let seedId: string | undefined;

/** The demo article, analysed once per process and kept in memory like any pasted article. */
export function seedArticle(): AnnotatedGeoJson {
  const remembered = seedId ? recalledArticle(seedId) : undefined;
  if (remembered) return remembered;
  const collection = annotateArticle(seedText);
  seedId = rememberArticle(collection);
  return collection;
}

/** An article by id: a remembered one, or the seed (which is re-analysed if it was forgotten). */
export function articleById(id: string): AnnotatedGeoJson | undefined {
  return recalledArticle(id) ?? (id === seedId ? seedArticle() : undefined);
}
