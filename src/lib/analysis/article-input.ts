import { storableStringProblem } from './storable-string';

/** The largest article wiremap accepts, in bytes of UTF-8. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** An accepted text, or why not (`tooLarge` when the reason is the 1 MB limit: HTTP 413). */
export type ArticleInput = { ok: true; text: string } | { ok: false; reason: string; tooLarge?: true };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes raw article bytes, refusing what cannot be an article: empty or blank, over 1 MB,
 * not UTF-8, or binary. The text is returned exactly as given (no trimming, no newline or BOM
 * changes) so that offsets refer to the caller's bytes.
 */
export function decodeArticle(bytes: Uint8Array): ArticleInput {
  if (bytes.byteLength === 0) return { ok: false, reason: 'the article is empty' };
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      reason: `the article is ${bytes.byteLength} bytes; the limit is ${MAX_ARTICLE_BYTES} (1 MB)`,
      tooLarge: true
    };
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'the article is not valid UTF-8 text' };
  }
  return checkArticleText(text);
}

/**
 * The same checks for text that is already a string (pasted, or from JSON): not blank, at most
 * 1 MB of UTF-8, and storable as it is (storableStringProblem: no NUL, no lone surrogate).
 */
export function checkArticleText(text: string): ArticleInput {
  if (text.trim() === '') return { ok: false, reason: 'the article is empty' };
  if (new TextEncoder().encode(text).byteLength > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      reason: `the article is over the limit of ${MAX_ARTICLE_BYTES} bytes (1 MB)`,
      tooLarge: true
    };
  }
  const problem = storableStringProblem(text);
  if (problem) return { ok: false, reason: `the article looks like binary data, not text: it ${problem}` };
  return { ok: true, text };
}
