import { statSync } from 'node:fs';
import { annotateArticle } from '$lib/server/annotate-article';
import { batchOptions, isSingleFileForm, USAGE, type BatchOptions } from './batch/batch-options';
import { readArticleFile } from './read-article-file';

/**
 * `analyze FILE`: prints the annotated GeoJSON of the article in FILE to stdout; bad input gets
 * exit status 2 and one line on stderr, with nothing on stdout. Anything else (many files,
 * folders, `-`, options) is a batch, run by the batch bundle `loadBatch` loads (analyze-batch.ts),
 * answered by a promise of the exit status.
 */
export function main(
  argv: readonly string[],
  loadBatch: () => Promise<(options: BatchOptions) => Promise<number>>
): number | Promise<number> {
  const args = argv.filter((arg) => arg !== '--');
  if (isSingleFileForm(args, (path) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false)) {
    return analyzeOneFile(args[0]!);
  }
  if (!args.length) {
    process.stderr.write(USAGE);
    return 2;
  }
  const options = batchOptions(args);
  if (!options.ok) {
    process.stderr.write(`analyze: ${options.reason}\n${USAGE}`);
    return 2;
  }
  return loadBatch().then((runBatch) => runBatch(options.value));
}

/** The single-file form, exactly as it always was. */
function analyzeOneFile(path: string): number {
  const article = readArticleFile(path);
  if (!article.ok) {
    process.stderr.write(`analyze: ${article.reason}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(annotateArticle(article.text), null, 2)}\n`);
  return 0;
}
