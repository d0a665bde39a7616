import { readFileSync } from 'node:fs';
import { AnalysisPool } from '$lib/server/analysis-pool/analysis-pool';
import {
  analysisWorkerFile,
  poolSettingsFromEnvironment
} from '$lib/server/analysis-pool/server-analysis-pool';
import { batchInputs, type BatchInput } from './batch-inputs';
import type { BatchOptions } from './batch-options';
import { batchWriter } from './batch-writer';
import { ProgressBar } from './progress-bar';

type Outcome = { ok: true; output: string } | { ok: false; reason: string };

/** How many articles are read and queued ahead of the one being written, per thread. */
const AHEAD_PER_THREAD = 4;

/**
 * Analyses every input of the batch on `options.jobs` worker threads and writes the results in
 * input order; each bad input is reported on stderr with its name and reason and skipped.
 * Resolves to the exit status: 0 when every input was analysed, 1 when any was skipped.
 */
export async function runBatch(options: BatchOptions): Promise<number> {
  const inputs = batchInputs(options.inputs, () => readFileSync(0, 'utf8'));
  if (!inputs.length) {
    process.stderr.write(
      `analyze: no articles in ${options.inputs.join(' ')} (folders are searched for *.txt)\n`
    );
    return 1;
  }
  const writer = batchWriter(options);
  const { budgetMs } = poolSettingsFromEnvironment(process.env);
  const pool = new AnalysisPool({ size: options.jobs, budgetMs, workerFile: analysisWorkerFile });
  const bar =
    !options.quiet && process.stderr.isTTY ? new ProgressBar(process.stderr, inputs.length) : undefined;
  const report = (line: string) => (bar ? bar.message(line) : process.stderr.write(`${line}\n`));

  const analyse = (input: BatchInput): Promise<Outcome> => {
    const article = input.read();
    if (!article.ok) return Promise.resolve(article);
    const refusal = writer.refusal(input);
    if (refusal) return Promise.resolve({ ok: false, reason: refusal });
    return pool.run({ text: article.text, form: writer.form, facts: article.extras }).then(
      (output) => ({ ok: true, output }),
      (error: Error) => ({ ok: false, reason: `${input.name}: ${error.message}` })
    );
  };

  // A window of analyses runs ahead of the writer, so threads never idle and order is kept
  // without holding every result (or every file) in memory.
  const pending = new Map<number, Promise<Outcome>>();
  let queued = 0;
  let skipped = 0;
  try {
    for (let i = 0; i < inputs.length; i++) {
      for (; queued < Math.min(inputs.length, i + options.jobs * AHEAD_PER_THREAD); queued++)
        pending.set(queued, analyse(inputs[queued]!));
      const outcome = await pending.get(i)!;
      pending.delete(i);
      if (outcome.ok) await writer.write(inputs[i]!, outcome.output);
      else {
        skipped++;
        report(`analyze: skipped ${outcome.reason}`);
      }
      bar?.tick();
    }
  } finally {
    bar?.finish();
    writer.close();
    await pool.close();
  }
  if (skipped)
    process.stderr.write(
      `analyze: ${inputs.length - skipped} of ${inputs.length} analysed, ${skipped} skipped\n`
    );
  return skipped ? 1 : 0;
}
