import { availableParallelism } from 'node:os';

/** How the batch writes: one GeoJSON per article into DIR, NDJSON lines to stdout, or four CSV tables into DIR. */
export type BatchFormat = 'geojson' | 'ndjson' | 'csv';

export interface BatchOptions {
  /** Files, folders, NDJSON files (.ndjson, .jsonl) and `-` (NDJSON on standard input), in order. */
  inputs: string[];
  format: BatchFormat;
  /** The folder the GeoJSON or CSV files are written into; undefined for NDJSON on stdout. */
  out: string | undefined;
  /** Worker threads analysing at once. */
  jobs: number;
  /** No progress bar even on a terminal. */
  quiet: boolean;
}

export const USAGE = `usage: npm run --silent analyze -- path/to/article.txt
       npm run --silent analyze -- [--out DIR] [--format geojson|ndjson|csv] [--jobs N] [--quiet] FILE|DIR|- …
`;

/**
 * True for the single-file form (`analyze FILE`, one argument that is neither an option, `-`,
 * an NDJSON file nor a folder), which keeps printing one GeoJSON exactly as it always did.
 */
export function isSingleFileForm(args: readonly string[], isDirectory: (path: string) => boolean): boolean {
  if (args.length !== 1) return false;
  const [arg] = args as [string];
  return !arg.startsWith('-') && !isNdjsonFile(arg) && !isDirectory(arg);
}

/** Whether an input file holds NDJSON lines rather than one article, by its name. */
export function isNdjsonFile(path: string): boolean {
  return /\.(?:ndjson|jsonl)$/i.test(path);
}

/** The batch's options from the command line (after `--`), or why they make no sense. */
export function batchOptions(
  args: readonly string[]
): { ok: true; value: BatchOptions } | { ok: false; reason: string } {
  const inputs: string[] = [];
  let format: BatchFormat | undefined;
  let out: string | undefined;
  let jobs = availableParallelism();
  let quiet = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => args[++i];
    if (arg === '--quiet' || arg === '-q') quiet = true;
    else if (arg === '--out') {
      out = value();
      if (!out) return { ok: false, reason: '--out needs a folder' };
    } else if (arg === '--format') {
      const given = value();
      if (given !== 'geojson' && given !== 'ndjson' && given !== 'csv')
        return { ok: false, reason: `--format is geojson, ndjson or csv, not ${given ?? 'nothing'}` };
      format = given;
    } else if (arg === '--jobs' || arg === '-j') {
      const given = value() ?? '';
      if (!/^[1-9]\d{0,3}$/.test(given))
        return { ok: false, reason: `--jobs needs a whole number from 1, not "${given}"` };
      jobs = Number(given);
    } else if (arg === '--help' || arg === '-h') return { ok: false, reason: 'how to use it:' };
    else if (arg.startsWith('-') && arg !== '-') return { ok: false, reason: `unknown option ${arg}` };
    else inputs.push(arg);
  }
  if (!inputs.length) return { ok: false, reason: 'no article given' };
  if (inputs.filter((input) => input === '-').length > 1)
    return { ok: false, reason: 'standard input (-) can be read only once' };
  format ??= out === undefined ? 'ndjson' : 'geojson';
  if (format === 'ndjson' && out !== undefined)
    return {
      ok: false,
      reason: 'NDJSON goes to standard output; leave out --out (or choose --format geojson or csv)'
    };
  if (format !== 'ndjson' && out === undefined)
    return { ok: false, reason: `--format ${format} writes files and needs --out DIR` };
  return { ok: true, value: { inputs, format, out, jobs, quiet } };
}
