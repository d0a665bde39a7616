import type { AnnotatedGeoJson } from '$lib/annotated/schema';

/** How many analysed articles the server keeps; the oldest goes first. */
const capacity = 64;

// Insertion-ordered, so the first key is the least recently used one. Kept in memory until
// the storage issue gives articles a database.
const remembered = new Map<string, AnnotatedGeoJson>();

/** Keeps an analysed article under its sha256, forgetting the least recently used beyond `capacity`. */
export function rememberArticle(collection: AnnotatedGeoJson): string {
  const id = collection.article.sha256;
  remembered.delete(id);
  remembered.set(id, collection);
  while (remembered.size > capacity) remembered.delete(remembered.keys().next().value!);
  return id;
}

/** The article analysed under `id` (its sha256), or undefined once forgotten or never seen. */
export function recalledArticle(id: string): AnnotatedGeoJson | undefined {
  const collection = remembered.get(id);
  if (collection) {
    remembered.delete(id);
    remembered.set(id, collection);
  }
  return collection;
}
