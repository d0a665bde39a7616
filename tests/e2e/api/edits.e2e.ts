import { beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedGeoJson } from '../../../src/lib/annotated/schema';
import type { StoredEdit } from '../../../src/lib/annotated/edit';
import { baseUrl } from '../browser';
import { call, floodArticle, post, postJson } from './api-requests';

interface Trail {
  version: number;
  edits: StoredEdit[];
}

const text = floodArticle('edits round trip');
let id: string;
let annotated: AnnotatedGeoJson;

const feature = (collection: AnnotatedGeoJson, name: string) =>
  collection.features.find((candidate) => candidate.properties.name === name);
const edit = (value: unknown, headers: Record<string, string> = {}) =>
  postJson<{ version: number; edit: StoredEdit; error?: string }>(
    baseUrl,
    `/api/articles/${id}/edits`,
    value,
    headers
  );
const reviewed = async () =>
  (await call<{ annotated: AnnotatedGeoJson }>(baseUrl, `/api/articles/${id}`)).body.annotated;

beforeAll(async () => {
  id = (await post<{ id: string }>(baseUrl, '/api/articles', 'text/plain', text)).body.id;
  annotated = await reviewed();
});

describe('edits through the API', () => {
  it('starts with an empty audit trail at version 0', async () => {
    expect((await call<Trail>(baseUrl, `/api/articles/${id}/edits`)).body).toEqual({ version: 0, edits: [] });
  });

  it('applies each kind of edit, one version each, and records who made it', async () => {
    const collective = annotated.features.find((candidate) => candidate.id.startsWith('unresolved:'))!;
    const kyiv = feature(annotated, 'Kyiv')!;
    const claim = annotated.claims.find((candidate) => candidate.by === 'Officials in Kyiv')!;
    expect(collective && kyiv && claim).toBeTruthy();

    const resolved = await edit({
      version: 0,
      client: 'desk A',
      edit: {
        kind: 'resolve',
        place: collective.id,
        units: ['UA-46', 'UA-51', 'UA-32'],
        source: 'https://energy.example/outages',
        note: 'the ministry named them the next day'
      }
    });
    expect(resolved.status).toBe(201);
    expect(resolved.body.version).toBe(1);
    expect(resolved.body.edit).toMatchObject({ version: 1, client: 'desk A', state: 'applied' });

    const reassigned = await edit(
      { version: 1, edit: { kind: 'reassign', place: kyiv.id, to: 'admin1:UA-30' } },
      { 'x-wiremap-client': 'desk B' }
    );
    expect(reassigned.status).toBe(201);
    expect(reassigned.body.edit).toMatchObject({ version: 2, client: 'desk B' });

    const noted = await edit({
      version: 2,
      edit: { kind: 'note', target: { type: 'claim', start: claim.start }, text: 'power company confirms' }
    });
    expect(noted.status).toBe(201);
    // Neither body nor header names the client: the trail says anonymous, never the address.
    expect(noted.body.edit.client).toBe('anonymous');

    const status = await edit({
      version: 3,
      edit: { kind: 'status', claim: claim.start, status: 'corroborated' }
    });
    expect(status.status).toBe(201);
    expect(status.body.version).toBe(4);
  });

  it('keeps the audit trail in order and shows the edits in the analysis and the export', async () => {
    const trail = (await call<Trail>(baseUrl, `/api/articles/${id}/edits`)).body;
    expect(trail.version).toBe(4);
    expect(trail.edits.map((stored) => [stored.version, stored.edit.kind, stored.state])).toEqual([
      [1, 'resolve', 'applied'],
      [2, 'reassign', 'applied'],
      [3, 'note', 'applied'],
      [4, 'status', 'applied']
    ]);
    for (const stored of trail.edits) expect(Date.parse(stored.at)).not.toBeNaN();

    const current = await reviewed();
    const resolved = current.features.find((candidate) => candidate.properties.resolvedBy)!;
    expect(resolved.geometry?.type).toBe('MultiPolygon');
    expect(resolved.properties.needsReview).toBeUndefined();
    expect(resolved.properties.resolvedBy).toMatchObject({ source: 'https://energy.example/outages' });
    expect(feature(current, 'Kyiv')).toBeUndefined();
    expect(current.features.map((candidate) => candidate.id)).toContain('admin1:UA-30');
    const claim = current.claims.find((candidate) => candidate.by === 'Officials in Kyiv')!;
    expect(claim.status).toBe('corroborated');
    expect(claim.notes?.map((note) => note.text)).toEqual(['power company confirms']);

    const exported = JSON.parse(
      (await call(baseUrl, `/api/articles/${id}/geojson`)).text
    ) as AnnotatedGeoJson;
    expect(exported.review?.version).toBe(4);
    expect(exported.review?.edits.map((stored) => stored.uid)).toEqual(
      trail.edits.map((stored) => stored.uid)
    );
    expect(exported).toEqual(current);
  });

  it('answers a stale version 409 with the current version, writing nothing', async () => {
    const stale = await edit({ version: 2, edit: { kind: 'status', claim: 0, status: 'disputed' } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ version: 4 });
    expect(stale.body.error).toMatch(/version/);
    expect((await call<Trail>(baseUrl, `/api/articles/${id}/edits`)).body.edits).toHaveLength(4);
  });

  it('answers an edit naming a referent that does not exist 422, writing nothing', async () => {
    for (const impossible of [
      { kind: 'reassign', place: 'geonames:702550', to: 'geonames:999999999' },
      { kind: 'reassign', place: 'no-such-place', to: 'admin1:UA-30' },
      { kind: 'note', target: { type: 'claim', start: 7 }, text: 'no claim starts here' },
      { kind: 'status', claim: 9999, status: 'disputed' },
      { kind: 'resolve', place: 'unresolved:1', units: ['UA-46'], source: 'https://a.example/' },
      {
        kind: 'resolve',
        place: feature(annotated, 'Lviv')!.id,
        units: ['XX-99'],
        source: 'https://a.example/'
      }
    ]) {
      const refused = await edit({ version: 4, edit: impossible });
      expect(refused.status, JSON.stringify(impossible)).toBe(422);
      expect(refused.body.error).toEqual(expect.any(String));
    }
    expect((await call<Trail>(baseUrl, `/api/articles/${id}/edits`)).body.version).toBe(4);
  });

  it('answers an edit to an unknown article 404', async () => {
    const unknown = await postJson(baseUrl, `/api/articles/${'0'.repeat(64)}/edits`, {
      version: 0,
      edit: { kind: 'status', claim: 0, status: 'disputed' }
    });
    expect(unknown.status).toBe(404);
  });
});
