import { articleRefusal } from '$lib/annotated/article-facts';
import type { Extraction } from '$lib/intake/extracted-article';
import type { ArticleInput } from '../store/store-article';

/** The largest HTML page accepted: its article text is at most 1 MB, the furniture around it more. */
export const MAX_PAGE_BYTES = 4 * 1024 * 1024;

export type ExtractedInput =
  { ok: true; input: ArticleInput } | { ok: false; status: 400 | 413; reason: string };

/**
 * The article to store from what intake extracted of `source` ("the page", "the ninjs item"),
 * or the refusal: nothing extracted, or what the article checks refuse of its text, title or
 * address (the same articleRefusal as every way in), named after its source.
 */
export function extractedInput(extraction: Extraction, source: string): ExtractedInput {
  if (!extraction.ok) return { ok: false, status: 400, reason: extraction.reason };
  const { text, title, url, published, byline, agency } = extraction.article;
  const facts = {
    text,
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
    ...(published ? { published } : {}),
    ...(byline ? { byline } : {}),
    ...(agency ? { agency } : {})
  };
  const refusal = articleRefusal(facts);
  if (refusal) return { ok: false, status: refusal.status, reason: `${source}: ${refusal.reason}` };
  return { ok: true, input: facts };
}
