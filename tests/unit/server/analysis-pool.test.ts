import { afterAll, describe, expect, it } from 'vitest';
import { AnalysisPool } from '$lib/server/analysis-pool/analysis-pool';
import { AnalysisRefused } from '$lib/server/analysis-pool/analysis-refused';
import {
  analysisWorkerFile,
  poolSettingsFromEnvironment
} from '$lib/server/analysis-pool/server-analysis-pool';
import { analysedCollection, annotateArticle } from '$lib/server/annotate-article';
import { analysisRecord } from '$lib/server/store/analysis-record';
import { port, regions, shelling, undated } from './test-articles';

const pools: AnalysisPool[] = [];
afterAll(() => Promise.all(pools.map((pool) => pool.close())));

function pool(size: number, budgetMs: number): AnalysisPool {
  const made = new AnalysisPool({ size, budgetMs, workerFile: analysisWorkerFile });
  pools.push(made);
  return made;
}

/** "The mayor of Kharkiv said. " repeated to `bytes`: one place mention every 27 characters. */
const repetitive = (bytes: number) => 'The mayor of Kharkiv said. '.repeat(Math.floor(bytes / 27));

describe('AnalysisPool', () => {
  it('answers with what the analysis in this thread makes, in each form, whatever order the threads finish in', async () => {
    const threads = pool(2, 60_000);
    const texts = [shelling, port, regions, undated];
    const records = await Promise.all(texts.map((text) => threads.run({ text, form: 'record' })));
    expect(records).toEqual(texts.map((text) => analysisRecord(analysedCollection(text))));
    expect(await threads.run({ text: port, form: 'geojson' })).toBe(
      `${JSON.stringify(annotateArticle(port), null, 2)}\n`
    );
    expect(await threads.run({ text: port, form: 'line' })).toBe(JSON.stringify(annotateArticle(port)));
  });

  it('refuses an analysis over the time budget, stops its thread, and goes on with a new one', async () => {
    const strict = pool(1, 1);
    const big = repetitive(400_000);
    const refusal = strict.run({ text: big, form: 'record' });
    await expect(refusal).rejects.toBeInstanceOf(AnalysisRefused);
    await expect(refusal).rejects.toThrow(/took longer than 0\.001 s.*WIREMAP_ANALYSIS_BUDGET_MS/);
    // The stopped thread is replaced: the next article is taken up (and refused again) rather than
    // left waiting for a thread that no longer exists.
    await expect(strict.run({ text: big, form: 'record' })).rejects.toBeInstanceOf(AnalysisRefused);
  });

  it('fails the jobs, rather than waiting forever, when the worker script cannot start', async () => {
    const broken = new AnalysisPool({
      size: 1,
      budgetMs: 1000,
      workerFile: async () => new URL('data:text/javascript,throw new Error("no gazetteer here")')
    });
    pools.push(broken);
    await expect(broken.run({ text: port, form: 'record' })).rejects.toThrow(/no gazetteer here/);
  });
});

describe('poolSettingsFromEnvironment', () => {
  it('reads the thread count and the budget, refusing what is not a whole number above 0', () => {
    expect(
      poolSettingsFromEnvironment({ WIREMAP_ANALYSIS_THREADS: '3', WIREMAP_ANALYSIS_BUDGET_MS: '250' })
    ).toEqual({
      size: 3,
      budgetMs: 250
    });
    expect(poolSettingsFromEnvironment({}).budgetMs).toBe(60_000);
    expect(poolSettingsFromEnvironment({}).size).toBeGreaterThan(0);
    expect(() => poolSettingsFromEnvironment({ WIREMAP_ANALYSIS_BUDGET_MS: '0' })).toThrow(
      /WIREMAP_ANALYSIS_BUDGET_MS/
    );
    expect(() => poolSettingsFromEnvironment({ WIREMAP_ANALYSIS_THREADS: 'all' })).toThrow(
      /WIREMAP_ANALYSIS_THREADS/
    );
  });
});
