import { join } from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedGeoJson } from '../../../src/lib/annotated/schema';
import { baseUrl } from '../browser';
import { startServer, temporaryDirectory, type ServerProcess } from '../server-process';
import { call, floodArticle, post, postJson } from './api-requests';

const directory = temporaryDirectory();
let fresh: ServerProcess;
let id: string;
let exported: string;

/** An article on the shared server with one edit of each kind, exported. */
beforeAll(async () => {
  fresh = await startServer(join(directory.path, 'fresh.db'));
  const text = floodArticle('export and import');
  id = (
    await postJson<{ id: string }>(baseUrl, '/api/articles', {
      text,
      title: 'Flood closes Lviv bridge',
      url: 'https://news.example/flood',
      published: '2030-10-02'
    })
  ).body.id;
  const annotated = (await call<{ annotated: AnnotatedGeoJson }>(baseUrl, `/api/articles/${id}`)).body
    .annotated;
  const collective = annotated.features.find((feature) => feature.id.startsWith('unresolved:'))!;
  const kyiv = annotated.features.find((feature) => feature.properties.name === 'Kyiv')!;
  const claim = annotated.claims[0]!;
  const edits = [
    {
      kind: 'resolve',
      place: collective.id,
      units: ['UA-46', 'UA-51'],
      source: 'https://grid.example/report'
    },
    { kind: 'reassign', place: kyiv.id, to: 'admin1:UA-32' },
    { kind: 'note', target: { type: 'place', id: 'admin1:UA-32' }, text: 'the oblast, not the city' },
    {
      kind: 'note',
      target: { type: 'figure', start: annotated.figures[0]!.start },
      text: 'count from rescuers'
    },
    { kind: 'status', claim: claim.start, status: 'disputed' }
  ];
  for (const [version, edit] of edits.entries()) {
    const answer = await postJson(baseUrl, `/api/articles/${id}/edits`, {
      version,
      edit,
      client: 'exporter'
    });
    expect(answer.status, answer.text).toBe(201);
  }
  exported = (await call(baseUrl, `/api/articles/${id}/geojson`)).text;
});

afterAll(async () => {
  await fresh?.stop();
  directory.remove();
});

describe('export and import', () => {
  it('exports RFC 7946 GeoJSON (an independent checker finds no issue) with the review', () => {
    expect(getIssues(exported)).toEqual([]);
    const value = JSON.parse(exported) as AnnotatedGeoJson;
    expect(value.review?.version).toBe(5);
    expect(value.review?.edits.every((edit) => edit.state === 'applied')).toBe(true);
  });

  it('imports into a fresh server the same article with the same edits: export → import → export is byte-identical', async () => {
    const imported = await post(fresh.url, '/api/articles', 'application/geo+json', exported);
    expect(imported.status, imported.text).toBe(201);
    expect(imported.body).toEqual({ id });
    const again = (await call(fresh.url, `/api/articles/${id}/geojson`)).text;
    expect(again).toBe(exported);
    const summary = (await call<{ article: Record<string, unknown> }>(fresh.url, `/api/articles/${id}`)).body
      .article;
    expect(summary).toMatchObject({ title: 'Flood closes Lviv bridge', published: '2030-10-02', version: 5 });
  });

  it('imports again as the same article (200), adding nothing; JSON typed FeatureCollection imports too', async () => {
    const again = await post(fresh.url, '/api/articles', 'application/json', exported);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ id });
    expect((await call(fresh.url, `/api/articles/${id}/geojson`)).text).toBe(exported);
  });

  it('continues the imported trail: the next edit gets version 6', async () => {
    const next = await postJson<{ version: number }>(fresh.url, `/api/articles/${id}/edits`, {
      version: 5,
      edit: { kind: 'status', claim: JSON.parse(exported).claims[0].start, status: 'corroborated' }
    });
    expect(next.status, next.text).toBe(201);
    expect(next.body.version).toBe(6);
  });
});
