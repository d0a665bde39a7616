import { describe, expect, it } from 'vitest';
import { AnalysisRefused } from '$lib/server/analysis-pool/analysis-refused';
import { storeArticle } from '$lib/server/store/store-article';
import { articleId } from '$lib/server/article-id';
import { storeSeedOnce } from '$lib/server/store/store-seed-once';
import { articleFootprint, temporaryStore } from './temporary-store';
import { shelling } from './test-articles';

// Read when the server's pool is first used, below: every analysis in this file is over budget.
process.env.WIREMAP_ANALYSIS_BUDGET_MS = '1';

describe('the analysis time budget (WIREMAP_ANALYSIS_BUDGET_MS)', () => {
  it('refuses an article over budget with the reason, storing nothing of it', async () => {
    const store = await temporaryStore();
    const text = `${shelling}\n\n${'Officials in Kharkiv said the shelling went on. '.repeat(2000)}`;
    const stored = storeArticle(store, { text });
    await expect(stored).rejects.toBeInstanceOf(AnalysisRefused);
    await expect(stored).rejects.toThrow(/took longer than 0\.001 s/);
    expect(await articleFootprint(store, articleId(text))).toEqual({
      articles: 0,
      analyses: 0,
      edits: 0,
      unitConcerns: 0,
      version: null
    });
  });

  it('lets the server start without the demo article when its analysis is refused', async () => {
    const store = await temporaryStore();
    expect(await storeSeedOnce(store)).toBe(false);
    const stored = await store.client.execute('SELECT count(*) AS n FROM articles');
    expect(Number(stored.rows[0]?.n)).toBe(0);
  });
});
