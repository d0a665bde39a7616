import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tableHeaders, tableNames } from '$lib/annotated/csv/article-tables';
import { csvField, csvRecord } from '$lib/annotated/csv/csv-text';
import type { AnalysisForm } from '$lib/server/analysis-pool/analysis-forms';
import type { BatchInput } from './batch-inputs';
import type { BatchOptions } from './batch-options';

/** Where a batch's analyses go, in the form the worker threads hand them back in. */
export interface BatchWriter {
  form: AnalysisForm;
  /** Why this input's output cannot be written (its file name is taken), or undefined. */
  refusal(input: BatchInput): string | undefined;
  /** Writes one input's analysis (in `form`), in input order. */
  write(input: BatchInput, output: string): Promise<void>;
  close(): void;
}

/** The writer for the options' format: GeoJSON files, NDJSON on stdout, or four CSV files. */
export function batchWriter(options: BatchOptions): BatchWriter {
  if (options.format === 'ndjson') return ndjsonWriter(process.stdout);
  mkdirSync(options.out!, { recursive: true });
  return options.format === 'csv' ? csvWriter(options.out!) : geojsonWriter(options.out!);
}

/** One file DIR/<stem>.geojson per article, byte-identical to the single-file form's output. */
function geojsonWriter(out: string): BatchWriter {
  const taken = new Map<string, string>();
  return {
    form: 'geojson',
    refusal(input) {
      // Case-folded: two names that differ only in case are one file on macOS and Windows.
      const key = input.stem.toLowerCase();
      const earlier = taken.get(key);
      if (earlier !== undefined)
        return `${input.name}: its output ${input.stem}.geojson is already written for ${earlier}`;
      taken.set(key, input.name);
    },
    async write(input, output) {
      const path = join(out, `${input.stem}.geojson`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, output);
    },
    close() {}
  };
}

/** One export per line on standard output, waiting for the reader when it falls behind. */
function ndjsonWriter(stream: NodeJS.WritableStream): BatchWriter {
  return {
    form: 'line',
    refusal: () => undefined,
    write: (_input, output) =>
      new Promise((resolve) => {
        if (stream.write(`${output}\n`)) resolve();
        else stream.once('drain', resolve);
      }),
    close() {}
  };
}

/** DIR/mentions.csv, claims.csv, quotes.csv and figures.csv, each row led by the article's name. */
function csvWriter(out: string): BatchWriter {
  const files = Object.fromEntries(
    tableNames.map((name) => {
      const file = openSync(join(out, `${name}.csv`), 'w');
      writeSync(file, csvRecord(['article', ...tableHeaders[name]]));
      return [name, file];
    })
  ) as Record<(typeof tableNames)[number], number>;
  return {
    form: 'tables',
    refusal: () => undefined,
    async write(input, output) {
      const tables = JSON.parse(output) as Record<(typeof tableNames)[number], string[][]>;
      const article = csvField(input.name);
      for (const name of tableNames) {
        const records = tables[name].map((fields) => `${[article, ...fields].join(',')}\r\n`).join('');
        if (records) writeSync(files[name], records);
      }
    },
    close() {
      for (const name of tableNames) closeSync(files[name]);
    }
  };
}
