import { beforeAll, describe, expect, it } from 'vitest';
import type { Edit } from '$lib/annotated/edit';
import { unitConcerns } from '$lib/review/unit-concerns';
import { appendEdit, type EditOutcome } from '$lib/server/store/append-edit';
import type { ArticleStore } from '$lib/server/store/open-article-store';
import { reviewedArticle } from '$lib/server/store/reviewed-article';
import { storeArticle } from '$lib/server/store/store-article';
import { articleFootprint, freshDatabase, storedConcerns, temporaryStore } from './temporary-store';
import { kharkivCity, regions, shelling, sixRegions } from './test-articles';

const note = (text: string): Edit => ({ kind: 'note', target: { type: 'place', id: kharkivCity }, text });

/** Everything the store holds of an article: row counts, version, concerns and the review. */
async function everything(store: ArticleStore, id: string) {
  return {
    footprint: await articleFootprint(store, id),
    concerns: await storedConcerns(store, id),
    review: JSON.stringify((await reviewedArticle(store, id))?.annotated)
  };
}

describe('appendEdit', () => {
  let store: ArticleStore;
  let id: string;
  beforeAll(async () => {
    store = await temporaryStore();
    id = (await storeArticle(store, { text: shelling })).id;
  });

  it('stores an edit made against the current version and moves the version on', async () => {
    const outcome = await appendEdit(store, id, { version: 0, edit: note('Confirmed by video.') }, 'alice');
    expect(outcome).toMatchObject({
      ok: true,
      version: 1,
      edit: { version: 1, client: 'alice', edit: note('Confirmed by video.'), state: 'applied' }
    });
    if (!outcome.ok) return;
    expect(await articleFootprint(store, id)).toMatchObject({ edits: 1, version: 1 });
    const reviewed = await reviewedArticle(store, id);
    expect(reviewed?.summary).toMatchObject({ version: 1, edits: 1 });
    expect(reviewed?.annotated.review).toEqual({ version: 1, edits: [outcome.edit] });
    const kharkiv = reviewed?.annotated.features.find((feature) => feature.id === kharkivCity);
    expect(kharkiv?.properties.notes).toEqual([
      { text: 'Confirmed by video.', at: outcome.edit.at, client: 'alice', edit: outcome.edit.uid }
    ]);
  });

  it('refuses an edit made against an older version with 409 and the current one, writing nothing', async () => {
    const before = await everything(store, id);
    const outcome = await appendEdit(store, id, { version: 0, edit: note('Late.') }, 'bob');
    expect(outcome).toMatchObject({ ok: false, status: 409, version: 1 });
    expect(await everything(store, id)).toEqual(before);
  });

  it('refuses an edit that does not apply with 422 and why, writing nothing', async () => {
    const before = await everything(store, id);
    const edit: Edit = { kind: 'note', target: { type: 'place', id: 'geonames:1' }, text: 'Nowhere.' };
    const outcome = await appendEdit(store, id, { version: 1, edit }, 'bob');
    expect(outcome).toMatchObject({ ok: false, status: 422, reason: expect.stringContaining('geonames:1') });
    expect(await everything(store, id)).toEqual(before);
  });

  it('answers 404 for an unknown article', async () => {
    const outcome = await appendEdit(store, 'a'.repeat(64), { version: 0, edit: note('x') }, 'bob');
    expect(outcome).toMatchObject({ ok: false, status: 404 });
  });

  it('recomputes the unit concerns from the reviewed article', async () => {
    const { id: regionsId } = await storeArticle(store, { text: regions });
    const resolve: Edit = {
      kind: 'resolve',
      place: sixRegions,
      units: ['UA-14', 'UA-23'],
      source: 'https://example.org/general-staff'
    };
    expect(await appendEdit(store, regionsId, { version: 0, edit: resolve }, 'alice')).toMatchObject({
      ok: true
    });
    const reviewed = await reviewedArticle(store, regionsId);
    const concerns = await storedConcerns(store, regionsId);
    expect(concerns).toEqual(unitConcerns(reviewed!.annotated, store.lookup));
    expect(concerns.map((concern) => concern.unit)).toEqual(expect.arrayContaining(['UA-14', 'UA-23']));
  });
});

describe('appendEdit from two processes', () => {
  it('lets only one of two writers holding the same version win, even when the check in code passed', async () => {
    const path = await freshDatabase();
    const mine = await temporaryStore(path);
    const theirs = await temporaryStore(path);
    const { id } = await storeArticle(mine, { text: regions });
    let theirOutcome: EditOutcome | undefined;
    // Their edit lands after this process has read version 0 and validated its own edit, just
    // before it writes: only the SQL can still notice.
    const racing: ArticleStore = {
      ...mine,
      client: new Proxy(mine.client, {
        get(client, property) {
          if (property === 'batch')
            return async (...args: Parameters<typeof client.batch>) => {
              const theirEdit: Edit = {
                kind: 'note',
                target: { type: 'place', id: sixRegions },
                text: 'Theirs.'
              };
              theirOutcome ??= await appendEdit(theirs, id, { version: 0, edit: theirEdit }, 'them');
              return client.batch(...args);
            };
          const value = Reflect.get(client, property);
          return typeof value === 'function' ? value.bind(client) : value;
        }
      })
    };
    // Mine would change the unit concerns (the Kyiv region, UA-14), theirs does not.
    const myEdit: Edit = {
      kind: 'resolve',
      place: sixRegions,
      units: ['UA-14'],
      source: 'https://example.org/x'
    };
    const myOutcome = await appendEdit(racing, id, { version: 0, edit: myEdit }, 'me');
    expect(theirOutcome).toMatchObject({ ok: true, version: 1 });
    expect(myOutcome).toMatchObject({ ok: false, status: 409, version: 1 });
    const reviewed = await reviewedArticle(mine, id);
    expect(reviewed?.annotated.review?.edits.map((edit) => edit.client)).toEqual(['them']);
    const concerns = await storedConcerns(mine, id);
    expect(concerns).toEqual(unitConcerns(reviewed!.annotated, mine.lookup));
    expect(concerns.map((concern) => concern.unit)).not.toContain('UA-14');
  });

  it('keeps every acknowledged edit of two clients retrying after 409, at versions 1…n', async () => {
    const path = await freshDatabase();
    const stores = [await temporaryStore(path), await temporaryStore(path)];
    const { id } = await storeArticle(stores[0]!, { text: shelling });
    const perClient = 25;
    const acknowledged: Extract<EditOutcome, { ok: true }>[] = [];

    async function editUntilAcknowledged(
      store: ArticleStore,
      client: string,
      text: string,
      known: { version: number }
    ) {
      for (;;) {
        const outcome = await appendEdit(store, id, { version: known.version, edit: note(text) }, client);
        if (outcome.ok) {
          acknowledged.push(outcome);
          known.version = Math.max(known.version, outcome.version);
          return;
        }
        expect(outcome.status).toBe(409);
        known.version = Math.max(known.version, outcome.version!);
      }
    }
    await Promise.all(
      ['alice', 'bob'].flatMap((client, index) => {
        const known = { version: 0 };
        return Array.from({ length: perClient }, (_, n) =>
          editUntilAcknowledged(stores[index]!, client, `${client} ${n}`, known)
        );
      })
    );

    const rows = await stores[1]!.client.execute({
      sql: 'SELECT uid, version, client FROM edits WHERE article_id = ? ORDER BY version',
      args: [id]
    });
    const total = 2 * perClient;
    expect(acknowledged).toHaveLength(total);
    expect(rows.rows.map((row) => Number(row.version))).toEqual(
      Array.from({ length: total }, (_, i) => i + 1)
    );
    const stored = new Map(rows.rows.map((row) => [String(row.uid), Number(row.version)]));
    for (const outcome of acknowledged) expect(stored.get(outcome.edit.uid)).toBe(outcome.version);
    const reviewed = await reviewedArticle(stores[0]!, id);
    expect(reviewed?.summary).toMatchObject({ version: total, edits: total });
    expect(reviewed?.annotated.review?.edits.every((edit) => edit.state === 'applied')).toBe(true);
    const notes = reviewed?.annotated.features.find((feature) => feature.id === kharkivCity)?.properties
      .notes;
    expect(notes).toHaveLength(total);
  }, 120_000);
});
