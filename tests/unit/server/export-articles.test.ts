import { describe, expect, it } from 'vitest';
import { appendEdit } from '$lib/server/store/append-edit';
import { exportArticles } from '$lib/server/store/export-articles';
import { reviewedArticle } from '$lib/server/store/reviewed-article';
import { storeArticle } from '$lib/server/store/store-article';
import { exportJson } from '$lib/server/export-json';
import { seedAnalysis } from '../review/seed-review';
import { temporaryStore } from './temporary-store';
import { port, regions, shelling, sixRegions, undated } from './test-articles';

async function exportedLines(stream: ReadableStream<Uint8Array>): Promise<string[]> {
  const text = await new Response(stream).text();
  return text.split('\n').filter((line) => line !== '');
}

describe('exportJson', () => {
  it('writes exactly what JSON.stringify writes, outlines and all', () => {
    const seed = seedAnalysis();
    expect(exportJson(seed)).toBe(JSON.stringify(seed));
    // Twice: the second time the outlines come from the cache.
    expect(exportJson(seed)).toBe(JSON.stringify(seed));
  });

  it('leaves text that looks like its outline marker alone', () => {
    const seed = seedAnalysis();
    const tricky = {
      ...seed,
      article: { ...seed.article, title: '\u0000outline-0123456789abcdef-0 "\\u0000"' }
    };
    expect(exportJson(tricky)).toBe(JSON.stringify(tricky));
  });
});

describe('exportArticles', () => {
  it('streams every article in the date range as its reviewed export, one per line, in stored order', async () => {
    const store = await temporaryStore();
    const ids: string[] = [];
    for (const [text, published] of [
      [shelling, '2024-01-10'],
      [port, '2024-02-20'],
      [regions, '2024-03-30'],
      [undated, undefined]
    ] as const)
      ids.push((await storeArticle(store, { text, ...(published ? { published } : {}) })).id);
    await appendEdit(
      store,
      ids[2]!,
      { version: 0, edit: { kind: 'note', target: { type: 'place', id: sixRegions }, text: 'Which six?' } },
      'desk-a'
    );

    const all = await exportedLines(exportArticles(store, {}));
    expect(all).toHaveLength(4);
    for (const [index, line] of all.entries())
      expect(line).toBe(exportJson((await reviewedArticle(store, ids[index]!))!.annotated));
    expect(JSON.parse(all[2]!).review.edits).toHaveLength(1);

    const spring = await exportedLines(exportArticles(store, { from: '2024-02-01', to: '2024-03-31' }));
    expect(spring.map((line) => JSON.parse(line).article.sha256)).toEqual([ids[1], ids[2]]);
    expect(await exportedLines(exportArticles(store, { from: '2030-01-01' }))).toEqual([]);
  });

  it('reads page after page, past the page size', async () => {
    const store = await temporaryStore();
    for (let i = 0; i < 230; i++)
      await storeArticle(store, { text: `Drones hit Sumy on day ${i}, officials said.` });
    const lines = await exportedLines(exportArticles(store, {}));
    expect(lines).toHaveLength(230);
    expect(new Set(lines.map((line) => JSON.parse(line).article.sha256)).size).toBe(230);
  });

  it('analyses again, and stores, an article whose analysis another engine version made', async () => {
    const store = await temporaryStore();
    const { id } = await storeArticle(store, { text: shelling });
    await store.client.execute({
      sql: "UPDATE analyses SET engine_version = '0.0.0-old' WHERE article_id = ?",
      args: [id]
    });
    const [line] = await exportedLines(exportArticles(store, {}));
    expect(line).toBe(exportJson((await reviewedArticle(store, id))!.annotated));
    const engines = await store.client.execute({
      sql: 'SELECT engine_version FROM analyses WHERE article_id = ?',
      args: [id]
    });
    expect(engines.rows.map((row) => row.engine_version)).toHaveLength(2);
  });
});
