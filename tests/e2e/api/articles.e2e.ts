import { createHash } from 'node:crypto';
import { check, getIssues } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { validateAnnotatedGeoJson } from '../../../src/lib/annotated/validate-annotated-geojson';
import { baseUrl } from '../browser';
import { call, floodArticle, post, postJson } from './api-requests';

interface Summary {
  id: string;
  title: string;
  url: string | null;
  published: string | null;
  version: number;
  edits: number;
}
interface List {
  articles: Summary[];
  total: number;
  limit: number;
  offset: number;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('the articles API round trip', () => {
  const plain = floodArticle('articles round trip, plain');
  const withMetadata = floodArticle('articles round trip, JSON');

  it('stores a text/plain article under its sha256, and the same text again answers 200 with it', async () => {
    const first = await post(baseUrl, '/api/articles', 'text/plain; charset=utf-8', plain);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ id: sha256(plain) });
    const again = await post(baseUrl, '/api/articles', 'text/plain', plain);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ id: sha256(plain) });
    // The same text as JSON is still the same article.
    const asJson = await postJson(baseUrl, '/api/articles', { text: plain });
    expect(asJson.status).toBe(200);
    expect(asJson.body).toEqual({ id: sha256(plain) });
  });

  it('stores a JSON article with its title, source URL and publication date', async () => {
    const created = await postJson(baseUrl, '/api/articles', {
      text: withMetadata,
      title: 'Lviv bridge closed by flood',
      url: 'https://news.example/lviv-flood',
      published: '2031-04-08'
    });
    expect(created.status).toBe(201);
    const read = await call<{ article: Summary; annotated: { article: Record<string, unknown> } }>(
      baseUrl,
      `/api/articles/${created.body.id}`
    );
    expect(read.status).toBe(200);
    expect(read.body.article).toMatchObject({
      id: sha256(withMetadata),
      title: 'Lviv bridge closed by flood',
      url: 'https://news.example/lviv-flood',
      published: '2031-04-08',
      version: 0,
      edits: 0
    });
    expect(read.body.annotated.article).toMatchObject({
      text: withMetadata,
      sha256: sha256(withMetadata),
      url: 'https://news.example/lviv-flood',
      published: '2031-04-08'
    });
    expect(validateAnnotatedGeoJson(read.body.annotated)).toMatchObject({ ok: true });
  });

  it('lists articles newest first, a page at a time, filtered by date', async () => {
    const all = await call<List>(baseUrl, '/api/articles?limit=100');
    expect(all.status).toBe(200);
    expect(all.body.limit).toBe(100);
    expect(all.body.offset).toBe(0);
    expect(all.body.total).toBe(all.body.articles.length);
    const ids = all.body.articles.map((article) => article.id);
    expect(ids).toEqual(expect.arrayContaining([sha256(plain), sha256(withMetadata)]));

    // Pages of one, walked to the end, give the same articles in the same order.
    const paged: string[] = [];
    for (let offset = 0; offset < all.body.total; offset++) {
      const page = await call<List>(baseUrl, `/api/articles?limit=1&offset=${offset}`);
      expect(page.body).toMatchObject({ total: all.body.total, limit: 1, offset });
      paged.push(...page.body.articles.map((article) => article.id));
    }
    expect(paged).toEqual(ids);
    const beyond = await call<List>(baseUrl, `/api/articles?offset=${all.body.total}`);
    expect(beyond.body.articles).toEqual([]);

    // Published on 2031-04-08: inside a range that holds that day, outside one that does not.
    const april = await call<List>(baseUrl, '/api/articles?from=2031-04-01&to=2031-04-30');
    expect(april.body.articles.map((article) => article.id)).toEqual([sha256(withMetadata)]);
    expect(april.body.total).toBe(1);
    const day = await call<List>(baseUrl, '/api/articles?from=2031-04-08&to=2031-04-08');
    expect(day.body.total).toBe(1);
    const after = await call<List>(baseUrl, '/api/articles?from=2031-04-09');
    expect(after.body.articles.map((article) => article.id)).not.toContain(sha256(withMetadata));
  });

  it('exports the annotated GeoJSON as an RFC 7946 download named after the title', async () => {
    const id = sha256(withMetadata);
    const exported = await call(baseUrl, `/api/articles/${id}/geojson`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe('application/geo+json');
    expect(exported.headers.get('content-disposition')).toBe(
      'attachment; filename="lviv-bridge-closed-by-flood.geojson"'
    );
    // An independent checker of RFC 7946 (structure, positions, ring closure and winding).
    expect(getIssues(exported.text)).toEqual([]);
    expect(() => check(exported.text)).not.toThrow();
    const value = JSON.parse(exported.text);
    expect(validateAnnotatedGeoJson(value)).toMatchObject({ ok: true });
    expect(value.review).toEqual({ version: 0, edits: [] });
  });

  it('deletes an article: 204, then 404 everywhere and one fewer in the list', async () => {
    const id = sha256(plain);
    const before = await call<List>(baseUrl, '/api/articles?limit=1');
    const deleted = await call(baseUrl, `/api/articles/${id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    for (const path of [`/api/articles/${id}`, `/api/articles/${id}/geojson`, `/api/articles/${id}/edits`]) {
      const gone = await call(baseUrl, path);
      expect(gone.status).toBe(404);
      expect(gone.body.error).toMatch(/no article/);
    }
    const again = await call(baseUrl, `/api/articles/${id}`, { method: 'DELETE' });
    expect(again.status).toBe(404);
    const after = await call<List>(baseUrl, '/api/articles?limit=1');
    expect(after.body.total).toBe(before.body.total - 1);
    // Posting the text again stores it anew.
    expect((await post(baseUrl, '/api/articles', 'text/plain', plain)).status).toBe(201);
  });
});

describe('the gazetteer and aggregate endpoints', () => {
  it('finds gazetteer entries by name, exact spellings first', async () => {
    const found = await call<{ places: { id: string; name: string; kind: string; country: string }[] }>(
      baseUrl,
      '/api/gazetteer?q=lviv'
    );
    expect(found.status).toBe(200);
    expect(found.body.places.length).toBeGreaterThan(0);
    expect(found.body.places.length).toBeLessThanOrEqual(20);
    expect(found.body.places[0]).toMatchObject({ name: 'Lviv', country: 'UA' });
    expect(found.body.places.map((place) => place.id)).toContain('admin1:UA-46');
    expect((await call(baseUrl, '/api/gazetteer')).status).toBe(400);
  });

  it('counts, per oblast, the articles published in a date range', async () => {
    const text = floodArticle('aggregate range');
    await postJson(baseUrl, '/api/articles', { text, published: '2032-07-15' });
    const aggregate = await call<{ units: { unit: string; articles: number }[] }>(
      baseUrl,
      '/api/aggregate?from=2032-07-01&to=2032-07-31'
    );
    expect(aggregate.status).toBe(200);
    // Lviv lies in Lviv Oblast (UA-46), Kyiv in Kyiv City (UA-30).
    expect(aggregate.body.units.find((unit) => unit.unit === 'UA-46')?.articles).toBe(1);
    expect(aggregate.body.units.every((unit) => unit.articles === 1)).toBe(true);
    const empty = await call<{ units: unknown[] }>(baseUrl, '/api/aggregate?from=2032-08-01&to=2032-08-31');
    expect(empty.body.units).toEqual([]);
    expect((await call(baseUrl, '/api/aggregate?from=2032-08-01&to=2032-07-01')).status).toBe(400);
  });
});
