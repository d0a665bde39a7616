import { beforeAll, describe, expect, it } from 'vitest';
import type { Edit } from '$lib/annotated/edit';
import { unitConcerns, type UnitConcern } from '$lib/review/unit-concerns';
import { appendEdit } from '$lib/server/store/append-edit';
import { deleteArticle } from '$lib/server/store/delete-article';
import type { ArticleStore } from '$lib/server/store/open-article-store';
import { reviewedArticle } from '$lib/server/store/reviewed-article';
import { storeArticle } from '$lib/server/store/store-article';
import { unitAggregate } from '$lib/server/store/unit-aggregate';
import { temporaryStore } from './temporary-store';
import { port, regions, shelling, sixRegions, undated } from './test-articles';

/** The aggregate computed the slow way: each article's concerns from its reviewed analysis. */
async function expectedAggregate(store: ArticleStore, ids: string[]) {
  const byUnit = new Map<string, { unit: string; articles: number; claims: number; figures: number }>();
  for (const id of ids) {
    const concerns: UnitConcern[] = unitConcerns((await reviewedArticle(store, id))!.annotated, store.lookup);
    for (const { unit, claims, figures } of concerns) {
      const row = byUnit.get(unit) ?? { unit, articles: 0, claims: 0, figures: 0 };
      byUnit.set(unit, {
        unit,
        articles: row.articles + 1,
        claims: row.claims + claims,
        figures: row.figures + figures
      });
    }
  }
  return [...byUnit.values()]
    .sort((a, b) => a.unit.localeCompare(b.unit))
    .map((row) => ({ ...row, name: store.lookup.unit(row.unit)?.name ?? row.unit }));
}

describe('unitAggregate', () => {
  let store: ArticleStore;
  const ids: Record<'shelling' | 'port' | 'regions', string> = { shelling: '', port: '', regions: '' };
  beforeAll(async () => {
    store = await temporaryStore();
    ids.shelling = (await storeArticle(store, { text: shelling, published: '2024-03-01' })).id;
    ids.port = (await storeArticle(store, { text: port, published: '2024-03-05' })).id;
    ids.regions = (await storeArticle(store, { text: regions, published: '2024-03-09' })).id;
  });

  it('counts articles, claims and figures per first-level unit across the stored articles', async () => {
    const aggregate = await unitAggregate(store, {});
    expect(aggregate).toEqual(await expectedAggregate(store, Object.values(ids)));
    const kharkiv = aggregate.find((row) => row.unit === 'UA-63');
    // The Kharkiv region: the city in one article, the region in another.
    expect(kharkiv).toMatchObject({ articles: 2, name: expect.stringMatching(/Kharkiv/) });
    expect(aggregate.map((row) => row.unit)).toEqual(
      expect.arrayContaining(['UA-23', 'UA-51', 'UA-63', 'UA-65'])
    );
  });

  it('counts only the articles whose day lies in the range', async () => {
    expect(await unitAggregate(store, { from: '2024-03-02', to: '2024-03-06' })).toEqual(
      await expectedAggregate(store, [ids.port])
    );
    expect(await unitAggregate(store, { from: '2024-03-05' })).toEqual(
      await expectedAggregate(store, [ids.port, ids.regions])
    );
    expect(await unitAggregate(store, { to: '2024-02-28' })).toEqual([]);
  });

  it('counts an article without a publication date on the day it was stored', async () => {
    const { id } = await storeArticle(store, { text: undated });
    const day = (await reviewedArticle(store, id))!.summary.created.slice(0, 10);
    const aggregate = await unitAggregate(store, { from: day, to: day });
    expect(aggregate).toEqual(await expectedAggregate(store, [id]));
    expect(aggregate.length).toBeGreaterThan(0);
    await deleteArticle(store, id);
  });

  it('follows the review: resolved units count, deleted articles do not', async () => {
    const resolve: Edit = {
      kind: 'resolve',
      place: sixRegions,
      units: ['UA-14', 'UA-23'],
      source: 'https://example.org/staff'
    };
    expect(await appendEdit(store, ids.regions, { version: 0, edit: resolve }, 'alice')).toMatchObject({
      ok: true
    });
    const resolved = await unitAggregate(store, {});
    expect(resolved).toEqual(await expectedAggregate(store, Object.values(ids)));
    expect(resolved.find((row) => row.unit === 'UA-23')?.articles).toBe(2);
    expect(resolved.find((row) => row.unit === 'UA-14')?.articles).toBe(1);

    await deleteArticle(store, ids.shelling);
    expect(await unitAggregate(store, {})).toEqual(await expectedAggregate(store, [ids.port, ids.regions]));
  });
});
