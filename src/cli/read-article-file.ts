import { readFileSync, statSync } from 'node:fs';
import { decodeArticle, MAX_ARTICLE_BYTES } from '$lib/analysis/article-input';

/** An article's text, or why it cannot be read, in words that name the input. */
export type ReadArticle = { ok: true; text: string } | { ok: false; reason: string };

/** Reads and decodes the article file at `path` (decodeArticle), or explains in one line why it cannot. */
export function readArticleFile(path: string): ReadArticle {
  let bytes: Uint8Array;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return { ok: false, reason: `${path} is a directory, not an article file` };
    // Refuse before reading: a 2 GB file must not be pulled into memory to be told it is too big.
    if (stats.size > MAX_ARTICLE_BYTES) {
      return {
        ok: false,
        reason: `${path} is ${stats.size} bytes; the limit is ${MAX_ARTICLE_BYTES} (1 MB)`
      };
    }
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: `no such file: ${path}` };
    if (code === 'EACCES') return { ok: false, reason: `cannot read ${path}: permission denied` };
    return { ok: false, reason: `cannot read ${path}: ${(error as Error).message}` };
  }
  const article = decodeArticle(bytes);
  return article.ok ? { ok: true, text: article.text } : { ok: false, reason: `${path}: ${article.reason}` };
}
