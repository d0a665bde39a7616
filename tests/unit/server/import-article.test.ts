import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import type { Edit } from '$lib/annotated/edit';
import { unitConcerns } from '$lib/review/unit-concerns';
import { appendEdit } from '$lib/server/store/append-edit';
import { importArticle } from '$lib/server/store/import-article';
import { reviewedArticle } from '$lib/server/store/reviewed-article';
import { storeArticle } from '$lib/server/store/store-article';
import { articleFootprint, storedConcerns, temporaryStore } from './temporary-store';
import { droneClaim, regions, sixRegions } from './test-articles';

const edits: Edit[] = [
  {
    kind: 'resolve',
    place: sixRegions,
    units: ['UA-14', 'UA-23'],
    source: 'https://example.org/staff',
    note: 'Named later.'
  },
  { kind: 'note', target: { type: 'claim', start: droneClaim }, text: 'Army figure, unverified.' },
  { kind: 'status', claim: droneClaim, status: 'disputed' }
];

/** The export of the regions article reviewed with three edits by two clients, from its own database. */
async function reviewedExport(): Promise<AnnotatedGeoJson> {
  const store = await temporaryStore();
  const { id } = await storeArticle(store, {
    text: regions,
    title: 'Six regions shelled',
    url: 'https://example.org/six-regions',
    published: '2024-06-02',
    agency: 'Desk Wire',
    byline: 'By Mara Lind'
  });
  for (const [version, edit] of edits.entries())
    expect(await appendEdit(store, id, { version, edit }, version % 2 ? 'bob' : 'alice')).toMatchObject({
      ok: true
    });
  return (await reviewedArticle(store, id))!.annotated;
}

describe('importArticle', () => {
  let exported: AnnotatedGeoJson;
  beforeAll(async () => {
    exported = await reviewedExport();
    expect(exported.review?.edits.map((edit) => edit.state)).toEqual(['applied', 'applied', 'applied']);
  });

  it('stores an export so that the article reads back byte for byte', async () => {
    const store = await temporaryStore();
    const outcome = await importArticle(store, JSON.parse(JSON.stringify(exported)));
    expect(outcome).toEqual({ ok: true, id: exported.article.sha256, created: true });
    const reviewed = await reviewedArticle(store, exported.article.sha256);
    expect(JSON.stringify(reviewed?.annotated)).toBe(JSON.stringify(exported));
    expect(reviewed?.summary).toMatchObject({
      title: 'Six regions shelled',
      url: 'https://example.org/six-regions',
      published: '2024-06-02',
      agency: 'Desk Wire',
      byline: 'By Mara Lind',
      version: 3,
      edits: 3
    });
    expect(reviewed?.annotated.article).toMatchObject({ agency: 'Desk Wire', byline: 'By Mara Lind' });
    expect(await storedConcerns(store, exported.article.sha256)).toEqual(
      unitConcerns(exported, store.lookup)
    );
  });

  it('adds nothing when the same export comes again', async () => {
    const store = await temporaryStore();
    await importArticle(store, exported);
    const before = await articleFootprint(store, exported.article.sha256);
    expect(await importArticle(store, exported)).toEqual({
      ok: true,
      id: exported.article.sha256,
      created: false
    });
    expect(await articleFootprint(store, exported.article.sha256)).toEqual(before);
  });

  it('adds only the edits not yet stored, and keeps one that does not apply (reported stale)', async () => {
    const store = await temporaryStore();
    const shorter = structuredClone(exported);
    shorter.review = { version: 1, edits: shorter.review!.edits.slice(0, 1) };
    expect(await importArticle(store, shorter)).toMatchObject({ ok: true, created: true });

    const longer = structuredClone(exported);
    const impossible = {
      uid: randomUUID(),
      version: 4,
      at: '2024-06-03T09:00:00.000Z',
      client: 'carol',
      edit: { kind: 'note', target: { type: 'figure', start: 1 }, text: 'No figure here.' },
      state: 'applied'
    } as const;
    longer.review = { version: 4, edits: [...longer.review!.edits, impossible] };
    expect(await importArticle(store, longer)).toEqual({
      ok: true,
      id: exported.article.sha256,
      created: false
    });

    const reviewed = await reviewedArticle(store, exported.article.sha256);
    expect(reviewed?.summary).toMatchObject({ version: 4, edits: 4 });
    const trail = reviewed?.annotated.review?.edits ?? [];
    expect(trail.slice(0, 3)).toEqual(exported.review?.edits);
    expect(trail[3]).toMatchObject({
      uid: impossible.uid,
      client: 'carol',
      at: impossible.at,
      state: 'stale'
    });
    expect(trail[3]?.reason).toBeTruthy();
  });

  it('refuses an export whose sha256 is not its text’s, storing nothing', async () => {
    const store = await temporaryStore();
    const forged = structuredClone(exported);
    forged.article.sha256 = 'e'.repeat(64);
    const outcome = await importArticle(store, forged);
    expect(outcome).toMatchObject({ ok: false, reasons: [expect.stringContaining('sha256')] });
    expect(await articleFootprint(store, exported.article.sha256)).toMatchObject({
      articles: 0,
      analyses: 0
    });
  });

  it('passes on the reasons an invalid export is refused', async () => {
    const store = await temporaryStore();
    const outcome = await importArticle(store, { type: 'FeatureCollection', features: [] });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reasons.length).toBeGreaterThan(0);
  });

  it('refuses edits whose versions other edits of the article already hold, writing nothing', async () => {
    const store = await temporaryStore();
    const { id } = await storeArticle(store, { text: regions });
    const edit: Edit = { kind: 'status', claim: droneClaim, status: 'claimed' };
    expect(await appendEdit(store, id, { version: 0, edit }, 'local')).toMatchObject({ ok: true });
    const before = await articleFootprint(store, id);
    const outcome = await importArticle(store, exported);
    expect(outcome).toMatchObject({ ok: false, reasons: [expect.stringContaining('version 1')] });
    expect(await articleFootprint(store, id)).toEqual(before);
  });
});
