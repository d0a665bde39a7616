import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '$lib/analysis/engine-version';
import type { Edit } from '$lib/annotated/edit';
import { unitConcerns } from '$lib/review/unit-concerns';
import { appendEdit } from '$lib/server/store/append-edit';
import type { ArticleStore } from '$lib/server/store/open-article-store';
import { reviewedArticle } from '$lib/server/store/reviewed-article';
import { storeArticle } from '$lib/server/store/store-article';
import { storedConcerns, temporaryStore } from './temporary-store';
import { droneClaim, regions, sixRegions } from './test-articles';

const oldPlace = 'unresolved:99';

/**
 * Makes the stored analysis of `regions` look like an older engine's: another version, and the
 * "six regions" feature under another id, which two edits written then refer to.
 */
async function storedByAnOlderEngine(store: ArticleStore): Promise<string> {
  const { id } = await storeArticle(store, { text: regions });
  const record = await store.client.execute({
    sql: 'SELECT annotated FROM analyses WHERE article_id = ?',
    args: [id]
  });
  const older = String(record.rows[0]?.annotated).replaceAll(`"${sixRegions}"`, `"${oldPlace}"`);
  expect(older).toContain(oldPlace);
  const edits: Edit[] = [
    { kind: 'note', target: { type: 'place', id: oldPlace }, text: 'Which six?' },
    { kind: 'status', claim: droneClaim, status: 'corroborated' }
  ];
  await store.client.batch(
    [
      {
        sql: 'UPDATE analyses SET engine_version = ?, annotated = ? WHERE article_id = ?',
        args: ['0.0.0-old', older, id]
      },
      ...edits.map((edit, index) => ({
        sql: 'INSERT INTO edits (uid, article_id, version, at, client, edit) VALUES (?, ?, ?, ?, ?, ?)',
        args: [randomUUID(), id, index + 1, '2024-05-01T08:00:00.000Z', 'earlier', JSON.stringify(edit)]
      })),
      { sql: 'UPDATE articles SET version = 2 WHERE id = ?', args: [id] },
      { sql: 'DELETE FROM unit_concerns WHERE article_id = ?', args: [id] }
    ],
    'write'
  );
  return id;
}

async function analysisVersions(store: ArticleStore, id: string) {
  const rows = await store.client.execute({
    sql: 'SELECT engine_version FROM analyses WHERE article_id = ? ORDER BY id',
    args: [id]
  });
  return rows.rows.map((row) => String(row.engine_version));
}

describe('re-analysis', () => {
  it('analyses again when the stored analysis is from another engine, reporting edits that no longer apply', async () => {
    const store = await temporaryStore();
    const id = await storedByAnOlderEngine(store);

    const reviewed = await reviewedArticle(store, id);
    expect(reviewed?.summary).toMatchObject({ engine: ENGINE_VERSION, version: 2, edits: 2 });
    const [noteEdit, statusEdit] = reviewed?.annotated.review?.edits ?? [];
    expect(noteEdit).toMatchObject({ version: 1, state: 'stale', reason: expect.stringContaining(oldPlace) });
    expect(statusEdit).toMatchObject({ version: 2, state: 'applied' });
    expect(reviewed?.annotated.claims.find((claim) => claim.start === droneClaim)?.status).toBe(
      'corroborated'
    );
    expect(reviewed?.annotated.features.map((feature) => feature.id)).toContain(sixRegions);
    expect(await analysisVersions(store, id)).toEqual(['0.0.0-old', ENGINE_VERSION]);
    expect(await storedConcerns(store, id)).toEqual(unitConcerns(reviewed!.annotated, store.lookup));

    // Read again: the new analysis is current now, so nothing more is written.
    const again = await reviewedArticle(store, id);
    expect(JSON.stringify(again)).toBe(JSON.stringify(reviewed));
    expect(await analysisVersions(store, id)).toEqual(['0.0.0-old', ENGINE_VERSION]);
  });

  it('validates a new edit against the new analysis', async () => {
    const store = await temporaryStore();
    const id = await storedByAnOlderEngine(store);
    const stale: Edit = { kind: 'note', target: { type: 'place', id: oldPlace }, text: 'Still?' };
    expect(await appendEdit(store, id, { version: 2, edit: stale }, 'me')).toMatchObject({
      ok: false,
      status: 422
    });
    expect(await analysisVersions(store, id)).toEqual(['0.0.0-old', ENGINE_VERSION]);
    const fresh: Edit = { kind: 'note', target: { type: 'place', id: sixRegions }, text: 'Now?' };
    expect(await appendEdit(store, id, { version: 2, edit: fresh }, 'me')).toMatchObject({
      ok: true,
      version: 3
    });
  });
});
