import { join } from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEdit } from '../../../src/lib/annotated/edit';
import type { AnnotatedGeoJson } from '../../../src/lib/annotated/schema';
import { validateAnnotatedGeoJson } from '../../../src/lib/annotated/validate-annotated-geojson';
import { baseUrl } from '../browser';
import { startServer, temporaryDirectory, type ServerProcess } from '../server-process';
import { call, post, postJson } from './api-requests';

// Our own sentences: a facility the gazetteer lacks (unresolved), Ukraine, and missed words.
const TEXT = [
  'Rescuers searched the Brovarka Hospital overnight after a strike, officials said on Monday.',
  'Power was also cut at the old tram depot, and the capital stayed dark until noon, Ukraine’s grid operator said.',
  'The country asked its neighbours for generators (add-place API test).'
].join('\n\n');
const span = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });
const PIN: [number, number] = [30.6012, 50.4321];

const directory = temporaryDirectory();
let fresh: ServerProcess;
let id: string;

const edit = (version: number, value: unknown) =>
  postJson<{ version: number; edit: StoredEdit; error?: string }>(baseUrl, `/api/articles/${id}/edits`, {
    version,
    edit: value,
    client: 'desk B'
  });
const reviewed = async (base = baseUrl) =>
  (await call<{ annotated: AnnotatedGeoJson }>(base, `/api/articles/${id}`)).body.annotated;
const feature = (collection: AnnotatedGeoJson, featureId: string) =>
  collection.features.find((candidate) => candidate.id === featureId);

beforeAll(async () => {
  fresh = await startServer(join(directory.path, 'fresh.db'));
  id = (await post<{ id: string }>(baseUrl, '/api/articles', 'text/plain', TEXT)).body.id;
});

afterAll(async () => {
  await fresh?.stop();
  directory.remove();
});

describe('adding and placing mentions through the API', () => {
  it('keeps the hospital as an unresolved mention to place', async () => {
    expect((await reviewed()).features.map((place) => place.id)).toEqual([
      'unresolved:facility:brovarka hospital',
      'country:UA'
    ]);
  });

  it('adds a missed mention at a gazetteer place, at a pin, and places the unresolved one', async () => {
    const added = await edit(0, { kind: 'add', ...span('capital'), to: { id: 'geonames:703448' } });
    expect(added.status, added.text).toBe(201);
    expect(added.body.edit).toMatchObject({ version: 1, client: 'desk B', state: 'applied' });
    const pinned = await edit(1, { kind: 'add', ...span('old tram depot'), to: { point: PIN } });
    expect(pinned.status, pinned.text).toBe(201);
    const placed = await edit(2, {
      kind: 'add',
      ...span('Brovarka Hospital'),
      to: { point: [30.7, 50.5], name: 'Brovarka hospital' }
    });
    expect(placed.status, placed.text).toBe(201);

    const current = await reviewed();
    expect(feature(current, 'unresolved:facility:brovarka hospital')).toBeUndefined();
    expect(feature(current, 'geonames:703448')!.properties.mentions).toEqual([
      {
        ...span('capital'),
        text: 'capital',
        literal: true,
        role: 'mentioned',
        added: { edit: added.body.edit.uid }
      }
    ]);
    expect(feature(current, 'point:30.6012,50.4321:old tram depot')).toMatchObject({
      geometry: { type: 'Point', coordinates: PIN },
      properties: { ref: { point: PIN }, name: 'old tram depot', kind: 'city' }
    });
    expect(feature(current, 'point:30.7,50.5:brovarka hospital')!.properties).toMatchObject({
      name: 'Brovarka hospital',
      kind: 'facility',
      mentions: [{ text: 'Brovarka Hospital', reassigned: { from: 'unresolved:facility:brovarka hospital' } }]
    });
    expect(current.review!.edits.map((stored) => [stored.version, stored.edit.kind, stored.state])).toEqual([
      [1, 'add', 'applied'],
      [2, 'add', 'applied'],
      [3, 'add', 'applied']
    ]);
  });

  it('answers offsets that cannot hold a mention 422 with the reason, writing nothing', async () => {
    const cases: [unknown, string][] = [
      [
        { kind: 'add', start: 5, end: TEXT.length + 3, to: { point: PIN } },
        `offsets 5–${TEXT.length + 3} lie outside the article (${TEXT.length} characters)`
      ],
      [
        { kind: 'add', ...span('Ukraine'), to: { point: PIN } },
        `the text at ${span('Ukraine').start}–${span('Ukraine').end} overlaps the mention "Ukraine" of place "country:UA" at ${span('Ukraine').start}–${span('Ukraine').end} (reassign that mention instead)`
      ],
      [
        { kind: 'add', ...span('generators'), to: { id: 'geonames:1' } },
        'no place "geonames:1" in the gazetteer'
      ],
      [{ kind: 'add', start: 30, end: 20, to: { point: PIN } }, 'the end 20 must come after the start 30']
    ];
    for (const [impossible, reason] of cases) {
      const refused = await edit(3, impossible);
      expect(refused.status, refused.text).toBe(422);
      expect(refused.body.error).toBe(reason);
    }
    expect((await call<{ version: number }>(baseUrl, `/api/articles/${id}/edits`)).body.version).toBe(3);
  });

  it('answers a pin off the globe or an unknown member 400', async () => {
    for (const malformed of [
      { kind: 'add', ...span('generators'), to: { point: [200, 10] } },
      { kind: 'add', ...span('generators'), to: { id: 'geonames:703448', point: PIN } },
      { kind: 'add', start: -1, end: 3, to: { point: PIN } }
    ]) {
      const refused = await edit(3, malformed);
      expect(refused.status, refused.text).toBe(400);
      expect(refused.body.error).toMatch(/^not an edit request/);
    }
  });

  it('lists gazetteer entries by search or by ids, each with what tells namesakes apart', async () => {
    const found = await call<{ places: Record<string, unknown>[] }>(baseUrl, '/api/gazetteer?q=kyiv');
    expect(found.body.places[0]).toEqual({
      id: 'geonames:703448',
      name: 'Kyiv',
      kind: 'city',
      country: 'UA',
      countryName: 'Ukraine',
      admin1: 'UA-30',
      admin1Name: 'Kyiv City',
      population: expect.any(Number),
      point: [expect.any(Number), expect.any(Number)]
    });
    const byIds = await call<{ places: { id: string; countryName?: string }[] }>(
      baseUrl,
      '/api/gazetteer?ids=geonames:686502,geonames:1,geonames:4744091'
    );
    expect(byIds.body.places.map((place) => [place.id, place.countryName])).toEqual([
      ['geonames:686502', 'Romania'],
      ['geonames:4744091', 'United States']
    ]);
    for (const refused of ['/api/gazetteer?q=kyiv&ids=geonames:1', '/api/gazetteer?ids=']) {
      const answer = await call<{ error: string }>(baseUrl, refused);
      expect(answer.status, answer.text).toBe(400);
      expect(answer.body.error).toMatch(/^bad query/);
    }
  });

  it('exports valid GeoJSON; export → import → same review, byte for byte', async () => {
    const exported = (await call(baseUrl, `/api/articles/${id}/geojson`)).text;
    expect(getIssues(exported)).toEqual([]);
    expect(validateAnnotatedGeoJson(JSON.parse(exported))).toMatchObject({ ok: true });
    const imported = await post(fresh.url, '/api/articles', 'application/geo+json', exported);
    expect(imported.status, imported.text).toBe(201);
    expect((await call(fresh.url, `/api/articles/${id}/geojson`)).text).toBe(exported);
    expect(await reviewed(fresh.url)).toEqual(await reviewed());
  });
});
