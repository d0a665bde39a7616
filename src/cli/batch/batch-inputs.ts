import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { isNdjsonFile } from './batch-options';
import { ndjsonArticles } from './ndjson-articles';
import { readArticleFile, type ReadArticle } from '../read-article-file';

/** What an article carries besides its text when it comes as an NDJSON line. */
export interface ArticleExtras {
  title?: string;
  url?: string;
  published?: string;
}

/** One input of a batch: its name (a path, or `stdin:3`), the stem of its output file, and its article. */
export interface BatchInput {
  /** How the input is named in messages and in the CSV's article column (a path, or an NDJSON id). */
  name: string;
  /** The output file's path under --out, without extension. */
  stem: string;
  /** Reads the article when its turn comes (files are read lazily, so 10,000 are never all in memory). */
  read: () => (ReadArticle & { ok: true; extras?: ArticleExtras }) | { ok: false; reason: string };
}

/**
 * The batch's inputs in order: each file as given, each folder's `*.txt` files (recursively,
 * sorted by path), each line of an NDJSON file or of standard input (`-`).
 */
export function batchInputs(args: readonly string[], stdin: () => string): BatchInput[] {
  return args.flatMap((arg): BatchInput[] => {
    if (arg === '-') return ndjsonArticles(stdin(), 'stdin');
    const stats = statSync(arg, { throwIfNoEntry: false });
    if (stats?.isDirectory()) {
      return textFilesUnder(arg).map((path) => ({
        name: path,
        stem: withoutExtension(relative(arg, path)),
        read: () => readArticleFile(path)
      }));
    }
    if (stats && isNdjsonFile(arg)) {
      try {
        return ndjsonArticles(readFileSync(arg, 'utf8'), arg);
      } catch (error) {
        return [unreadable(arg, `cannot read ${arg}: ${(error as Error).message}`)];
      }
    }
    return [{ name: arg, stem: withoutExtension(basename(arg)), read: () => readArticleFile(arg) }];
  });
}

/** Every `*.txt` file under `dir`, sorted by path, so a folder always gives the same order. */
function textFilesUnder(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function withoutExtension(path: string): string {
  return path.slice(0, path.length - extname(path).length);
}

function unreadable(name: string, reason: string): BatchInput {
  return { name, stem: name, read: () => ({ ok: false, reason }) };
}
