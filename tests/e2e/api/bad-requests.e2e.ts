import { describe, expect, it } from 'vitest';
import { baseUrl } from '../browser';
import { call, post, postJson } from './api-requests';
import { refused, unchangedStore } from './unchanged-store';

const unknownId = 'ab'.repeat(32);
const targets = unchangedStore('bad requests');

describe('unknown and malformed ids, and bad queries', () => {
  it('answers 404 for ids that name no article', async () => {
    for (const path of [
      `/api/articles/${unknownId}`,
      `/api/articles/${unknownId}/geojson`,
      `/api/articles/${unknownId}/edits`
    ])
      refused(await call(baseUrl, path), 404, /no article/);
    refused(await call(baseUrl, `/api/articles/${unknownId}`, { method: 'DELETE' }), 404, /no article/);
  });

  it('answers 400 for ids that are not a sha256 in lower-case hex', async () => {
    for (const bad of ['42', unknownId.toUpperCase(), `${unknownId}0`, 'zz'.repeat(32)]) {
      refused(await call(baseUrl, `/api/articles/${bad}`), 400, /sha256/);
      refused(await call(baseUrl, `/api/articles/${bad}`, { method: 'DELETE' }), 400, /sha256/);
    }
  });

  it('answers 400 for bad list and aggregate parameters', async () => {
    for (const query of [
      'limit=0',
      'limit=101',
      'limit=ten',
      'offset=-1',
      'from=2024-13-01',
      'from=2024-05-02&to=2024-05-01',
      'sort=title',
      'limit=1&limit=2'
    ])
      refused(await call(baseUrl, `/api/articles?${query}`), 400, /./);
    refused(await call(baseUrl, '/api/aggregate?from=yesterday'), 400, /from/);
  });

  it('answers unknown paths and methods as JSON too', async () => {
    refused(await call(baseUrl, '/api/nothing-here'), 404, /no such API endpoint/);
    const put = await call(baseUrl, '/api/articles', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{}'
    });
    refused(put, 405, /PUT/);
    expect(put.headers.get('allow')).toMatch(/POST/);
  });
});

describe('bad edits change nothing', () => {
  const edit = (value: unknown) => postJson(baseUrl, `/api/articles/${targets.id}/edits`, value);

  it('answers a stale version 409 with the current one', async () => {
    const stale = await edit({
      version: 0,
      edit: { kind: 'note', target: { type: 'place', id: targets.lviv }, text: 'late' }
    });
    refused(stale, 409, /version/);
    expect(stale.body.version).toBe(1);
    refused(
      await edit({
        version: 7,
        edit: { kind: 'note', target: { type: 'place', id: targets.lviv }, text: 'early' }
      }),
      409,
      /version/
    );
  });

  it('answers edits naming referents or units that do not exist 422', async () => {
    refused(
      await edit({ version: 1, edit: { kind: 'reassign', place: targets.lviv, to: 'geonames:1' } }),
      422,
      /./
    );
    refused(
      await edit({
        version: 1,
        edit: { kind: 'note', target: { type: 'place', id: 'curated:atlantis' }, text: 'x' }
      }),
      422,
      /./
    );
    refused(
      await edit({ version: 1, edit: { kind: 'note', target: { type: 'figure', start: 3 }, text: 'x' } }),
      422,
      /./
    );
  });

  it('answers malformed edit requests 400', async () => {
    refused(
      await post(baseUrl, `/api/articles/${targets.id}/edits`, 'application/json', '{"version": 1,'),
      400,
      /JSON/
    );
    refused(await edit({ version: 1, edit: { kind: 'delete-everything' } }), 400, /edit/);
    refused(
      await edit({ version: -1, edit: { kind: 'status', claim: 0, status: 'disputed' } }),
      400,
      /version/
    );
    refused(await edit({ version: 1, edit: { kind: 'status', claim: 0, status: 'true' } }), 400, /status/);
    refused(
      await edit({
        version: 1,
        edit: { kind: 'resolve', place: 'unresolved:1', units: ['UA-46'], source: 'ftp://x' }
      }),
      400,
      /source/
    );
    const nameless = await post(
      baseUrl,
      `/api/articles/${targets.id}/edits`,
      'application/json',
      JSON.stringify({ version: 1, edit: { kind: 'status', claim: 0, status: 'disputed' } }),
      { 'x-wiremap-client': ' ' }
    );
    refused(nameless, 400, /x-wiremap-client/);
  });
});
