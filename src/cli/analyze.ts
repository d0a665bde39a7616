import { readFileSync, statSync } from 'node:fs';
import { decodeArticle, MAX_ARTICLE_BYTES } from '$lib/analysis/article-input';
import { annotateArticle } from '$lib/server/annotate-article';

/** Reads an article file's bytes, or explains in one line why it cannot. */
function readArticleFile(path: string): { ok: true; bytes: Uint8Array } | { ok: false; reason: string } {
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
    return { ok: true, bytes: readFileSync(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: `no such file: ${path}` };
    if (code === 'EACCES') return { ok: false, reason: `cannot read ${path}: permission denied` };
    return { ok: false, reason: `cannot read ${path}: ${(error as Error).message}` };
  }
}

/**
 * `analyze FILE`: prints the annotated GeoJSON of the article in FILE to stdout. Bad input gets
 * exit status 2 and one line on stderr, with nothing on stdout.
 */
export function main(argv: readonly string[]): number {
  const paths = argv.filter((arg) => arg !== '--');
  if (paths.length !== 1 || paths[0] === '--help' || paths[0] === '-h') {
    process.stderr.write('usage: npm run --silent analyze -- path/to/article.txt\n');
    return 2;
  }
  const path = paths[0]!;
  const file = readArticleFile(path);
  if (!file.ok) return fail(file.reason);
  const article = decodeArticle(file.bytes);
  if (!article.ok) return fail(`${path}: ${article.reason}`);
  const collection = annotateArticle(article.text);
  process.stdout.write(`${JSON.stringify(collection, null, 2)}\n`);
  return 0;
}

function fail(reason: string): number {
  process.stderr.write(`analyze: ${reason}\n`);
  return 2;
}
