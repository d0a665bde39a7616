import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '$lib/analysis/engine-version';
import { articleTitle } from '$lib/annotated/article-title';
import { validateAnnotatedGeoJson } from '$lib/annotated/validate-annotated-geojson';
import { appendEdit } from '$lib/server/store/append-edit';
import { deleteArticle } from '$lib/server/store/delete-article';
import { listArticles } from '$lib/server/store/list-articles';
import type { ArticleStore } from '$lib/server/store/open-article-store';
import { reviewedArticle } from '$lib/server/store/reviewed-article';
import { storeArticle } from '$lib/server/store/store-article';
import { articleFootprint, temporaryStore } from './temporary-store';
import { kharkivCity, port, regions, shelling, undated } from './test-articles';

describe('storeArticle', () => {
  let store: ArticleStore;
  beforeAll(async () => {
    store = await temporaryStore();
  });

  it('stores a text once: the same text again gives the same id and creates nothing', async () => {
    const first = await storeArticle(store, { text: shelling, published: '2024-03-01' });
    expect(first).toEqual({ id: createHash('sha256').update(shelling).digest('hex'), created: true });
    const footprint = await articleFootprint(store, first.id);
    expect(footprint).toMatchObject({ articles: 1, analyses: 1, edits: 0, version: 0 });
    expect(footprint.unitConcerns).toBeGreaterThan(0);
    const again = await storeArticle(store, { text: shelling, title: 'Another title' });
    expect(again).toEqual({ id: first.id, created: false });
    expect(await articleFootprint(store, first.id)).toEqual(footprint);
    expect((await reviewedArticle(store, first.id))?.summary.title).toBe(articleTitle(shelling));
  });

  it('reads back a valid annotated GeoJSON with the title, address and date given', async () => {
    const { id } = await storeArticle(store, {
      text: port,
      title: 'Odesa and Kherson',
      url: 'https://example.org/port',
      published: '2024-03-05'
    });
    const reviewed = await reviewedArticle(store, id);
    expect(reviewed?.summary).toMatchObject({
      id,
      title: 'Odesa and Kherson',
      url: 'https://example.org/port',
      published: '2024-03-05',
      version: 0,
      engine: ENGINE_VERSION,
      edits: 0
    });
    expect(reviewed?.annotated.article).toMatchObject({
      title: 'Odesa and Kherson',
      text: port,
      sha256: id,
      url: 'https://example.org/port',
      published: '2024-03-05'
    });
    expect(validateAnnotatedGeoJson(reviewed?.annotated)).toMatchObject({ ok: true });
    expect(reviewed?.annotated.review).toEqual({ version: 0, edits: [] });
  });

  it('keeps the agency and byline given: in the summary, the list and the export', async () => {
    const { id } = await storeArticle(store, {
      text: regions,
      agency: 'Harbour Wire',
      byline: 'By Ines Aalto'
    });
    const reviewed = await reviewedArticle(store, id);
    expect(reviewed?.summary).toMatchObject({ agency: 'Harbour Wire', byline: 'By Ines Aalto' });
    expect(reviewed?.annotated.article).toMatchObject({ agency: 'Harbour Wire', byline: 'By Ines Aalto' });
    expect(validateAnnotatedGeoJson(reviewed?.annotated)).toMatchObject({ ok: true });
    const listed = (await listArticles(store, { limit: 50, offset: 0 })).articles.find(
      (article) => article.id === id
    );
    expect(listed).toMatchObject({ agency: 'Harbour Wire', byline: 'By Ines Aalto' });
    // An article given neither has null in the summary and no member in the export.
    const plain = await reviewedArticle(store, (await storeArticle(store, { text: undated })).id);
    expect(plain?.summary).toMatchObject({ agency: null, byline: null });
    expect(Object.keys(plain!.annotated.article)).not.toContain('agency');
  });

  it('refuses a blank agency or byline', async () => {
    await expect(storeArticle(store, { text: regions, agency: ' ' })).rejects.toThrow();
    await expect(storeArticle(store, { text: regions, byline: 'x'.repeat(201) })).rejects.toThrow();
  });

  it('knows no article under an unknown id', async () => {
    expect(await reviewedArticle(store, 'f'.repeat(64))).toBeUndefined();
  });
});

describe('listArticles', () => {
  let store: ArticleStore;
  const ids: string[] = [];
  beforeAll(async () => {
    store = await temporaryStore();
    ids.push((await storeArticle(store, { text: shelling, published: '2024-03-01' })).id);
    ids.push((await storeArticle(store, { text: port, published: '2024-03-05' })).id);
    ids.push((await storeArticle(store, { text: regions })).id);
    // Stored a day apart in this order (so newest first is the reverse); the last one has no
    // publication date, so the date filter falls back to 2024-04-03 for it.
    for (const [day, id] of ids.entries())
      await store.client.execute({
        sql: 'UPDATE articles SET created_at = ? WHERE id = ?',
        args: [`2024-04-0${day + 1}T10:00:00.000Z`, id!]
      });
    const edit = {
      kind: 'note',
      target: { type: 'place', id: kharkivCity },
      text: 'Seen on video.'
    } as const;
    await appendEdit(store, ids[0]!, { version: 0, edit }, 'tester');
  });

  it('pages through the articles newest first, with the total', async () => {
    const first = await listArticles(store, { limit: 2, offset: 0 });
    const second = await listArticles(store, { limit: 2, offset: 2 });
    expect(first.total).toBe(3);
    expect(second.total).toBe(3);
    expect([...first.articles, ...second.articles].map((article) => article.id)).toEqual([...ids].reverse());
    expect(second.articles).toHaveLength(1);
  });

  it('orders by publication date, not by when the article was stored', async () => {
    const older = await temporaryStore();
    const late = (await storeArticle(older, { text: shelling, published: '2024-03-09' })).id;
    const early = (await storeArticle(older, { text: port, published: '2019-11-20' })).id;
    // The article published first was stored last.
    for (const [id, stored] of [
      [late, '2024-04-01T10:00:00.000Z'],
      [early, '2024-05-01T10:00:00.000Z']
    ])
      await older.client.execute({
        sql: 'UPDATE articles SET created_at = ? WHERE id = ?',
        args: [stored!, id!]
      });
    const { articles } = await listArticles(older, { limit: 10, offset: 0 });
    expect(articles.map((article) => article.id)).toEqual([late, early]);
  });

  it('sums up each article as reviewedArticle does', async () => {
    const { articles } = await listArticles(store, { limit: 10, offset: 0 });
    for (const summary of articles)
      expect(summary).toEqual((await reviewedArticle(store, summary.id))?.summary);
    expect(articles.find((article) => article.id === ids[0])).toMatchObject({ edits: 1, version: 1 });
    expect(articles.find((article) => article.id === ids[2])).toMatchObject({ published: null, edits: 0 });
  });

  it('filters on the publication date, else the day the article was stored', async () => {
    const idsIn = async (range: { from?: string; to?: string }) => {
      const page = await listArticles(store, { limit: 10, offset: 0, ...range });
      expect(page.total).toBe(page.articles.length);
      return page.articles.map((article) => article.id);
    };
    expect(await idsIn({ to: '2024-03-01' })).toEqual([ids[0]]);
    expect(await idsIn({ from: '2024-03-02', to: '2024-03-31' })).toEqual([ids[1]]);
    expect(await idsIn({ from: '2024-03-01', to: '2024-03-05' })).toEqual([ids[1], ids[0]]);
    expect(await idsIn({ from: '2024-04-03' })).toEqual([ids[2]]);
    expect(await idsIn({ from: '2024-03-06', to: '2024-04-02' })).toEqual([]);
    expect(await idsIn({ from: '2030-01-01' })).toEqual([]);
  });
});

describe('deleteArticle', () => {
  it('removes the article with its analyses, edits and unit concerns, and nothing else', async () => {
    const store = await temporaryStore();
    const { id } = await storeArticle(store, { text: shelling });
    const other = await storeArticle(store, { text: port });
    const edit = { kind: 'note', target: { type: 'place', id: kharkivCity }, text: 'Checked.' } as const;
    expect(await appendEdit(store, id, { version: 0, edit }, 'tester')).toMatchObject({ ok: true });
    const before = await articleFootprint(store, id);
    expect(before.edits).toBe(1);
    expect(before.unitConcerns).toBeGreaterThan(0);
    const otherBefore = await articleFootprint(store, other.id);

    expect(await deleteArticle(store, id)).toBe(true);
    expect(await articleFootprint(store, id)).toEqual({
      articles: 0,
      analyses: 0,
      edits: 0,
      unitConcerns: 0,
      version: null
    });
    expect(await reviewedArticle(store, id)).toBeUndefined();
    expect(await articleFootprint(store, other.id)).toEqual(otherBefore);
    expect(await deleteArticle(store, id)).toBe(false);
  });
});
