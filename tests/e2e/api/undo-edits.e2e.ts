import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedGeoJson } from '../../../src/lib/annotated/schema';
import type { StoredEdit } from '../../../src/lib/annotated/edit';
import { baseUrl } from '../browser';
import { startServer, temporaryDirectory, type ServerProcess } from '../server-process';
import { call, floodArticle, post, postJson } from './api-requests';

type Answer = { version: number; edit: StoredEdit; error?: string };

const directory = temporaryDirectory();
let fresh: ServerProcess;
let id: string;
let annotated: AnnotatedGeoJson;
let version = 0;

const reviewed = async () =>
  (await call<{ annotated: AnnotatedGeoJson }>(baseUrl, `/api/articles/${id}`)).body.annotated;
const send = (edit: unknown, at = version) =>
  postJson<Answer>(baseUrl, `/api/articles/${id}/edits`, { version: at, edit, client: 'desk U' });

/** Sends an edit that must be stored, and returns it as stored. */
async function stored(edit: unknown): Promise<StoredEdit> {
  const answer = await send(edit);
  expect(answer.status, answer.text).toBe(201);
  version = answer.body.version;
  return answer.body.edit;
}

beforeAll(async () => {
  fresh = await startServer(join(directory.path, 'fresh.db'));
  // An article of its own: no other test shares its versions.
  id = (await post<{ id: string }>(baseUrl, '/api/articles', 'text/plain', floodArticle('undo edits'))).body
    .id;
  annotated = await reviewed();
});

afterAll(async () => {
  await fresh?.stop();
  directory.remove();
});

describe('undo, accept, reject and amend through the API', () => {
  const trail = new Map<string, StoredEdit>();

  it('reverts a status, re-applies it by reverting the revert, and sets it back to not reviewed', async () => {
    const claim = annotated.claims[0]!;
    const status = await stored({ kind: 'status', claim: claim.start, status: 'disputed' });
    const undo = await stored({ kind: 'revert', edit: status.uid });
    expect(undo).toMatchObject({ version: 2, state: 'applied', edit: { kind: 'revert', edit: status.uid } });
    let after = await reviewed();
    expect(after.claims[0]).not.toHaveProperty('status');
    expect(after.review!.edits[0]).toMatchObject({ state: 'reverted', reason: 'reverted by version 2' });

    await stored({ kind: 'revert', edit: undo.uid });
    after = await reviewed();
    expect(after.claims[0]!.status).toBe('disputed');
    expect(after.review!.edits.map((edit) => edit.state)).toEqual(['applied', 'reverted', 'applied']);
    trail.set('undo', undo);

    await stored({ kind: 'status', claim: claim.start, status: 'unreviewed' });
    expect((await reviewed()).claims[0]).not.toHaveProperty('status');
  });

  it('accepts a place, and refuses to accept it twice', async () => {
    const lviv = annotated.features.find((feature) => feature.properties.name === 'Lviv')!;
    const accept = await stored({ kind: 'accept', place: lviv.id });
    const after = (await reviewed()).features.find((feature) => feature.id === lviv.id)!;
    expect(after.properties.acceptedBy).toEqual({ edit: accept.uid });
    const again = await send({ kind: 'accept', place: lviv.id });
    expect(again.status).toBe(422);
    expect(again.body.error).toBe(`place "${lviv.id}" is already accepted`);
    trail.set('accept', accept);
  });

  it('rejects a place: gone from the features and from the CSV mentions, kept in `rejected`', async () => {
    const kyiv = annotated.features.find((feature) => feature.properties.name === 'Kyiv')!;
    const missing = await send({ kind: 'reject', place: kyiv.id, mentions: [1] });
    expect(missing.status).toBe(422);
    expect(missing.body.error).toBe(`place "${kyiv.id}" has no mention at 1`);
    const reject = await stored({ kind: 'reject', place: kyiv.id });
    const after = await reviewed();
    expect(after.features.map((feature) => feature.id)).not.toContain(kyiv.id);
    expect(after.rejected).toEqual([
      { place: kyiv.id, name: 'Kyiv', mentions: kyiv.properties.mentions, edit: reject.uid }
    ]);
    const csv = (await call(baseUrl, `/api/articles/${id}/csv/mentions`)).text;
    expect(csv).not.toContain(kyiv.id);
    trail.set('reject', reject);
  });

  it('rewrites a note and deletes another one (a revert), keeping every text in the trail', async () => {
    const figure = annotated.figures[0]!;
    const note = await stored({
      kind: 'note',
      target: { type: 'figure', start: figure.start },
      text: 'first text'
    });
    const amend = await stored({ kind: 'amend', note: note.uid, text: 'second text' });
    const other = await stored({
      kind: 'note',
      target: { type: 'figure', start: figure.start },
      text: 'to delete'
    });
    await stored({ kind: 'revert', edit: other.uid });
    const after = await reviewed();
    const notes = after.figures[0]!.notes!;
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ text: 'second text', edit: note.uid, amended: { edit: amend.uid } });
    const texts = after.review!.edits.flatMap((entry) => ('text' in entry.edit ? [entry.edit.text] : []));
    expect(texts).toEqual(['first text', 'second text', 'to delete']);
  });

  it('refuses a revert of an unknown or already reverted edit, an amend of no note, a malformed uid', async () => {
    const unknown = '0f0f0f0f-1111-4222-8333-444444444444';
    const cases: [unknown, number, string][] = [
      [{ kind: 'revert', edit: unknown }, 422, `no edit ${unknown} in the review before this one`],
      [{ kind: 'revert', edit: trail.get('undo')!.uid }, 422, 'version 2 is already reverted'],
      [{ kind: 'amend', note: unknown, text: 'x' }, 422, `no note from edit ${unknown}`],
      [{ kind: 'revert', edit: 'not-a-uuid' }, 400, 'not an edit request']
    ];
    for (const [edit, status, error] of cases) {
      const answer = await send(edit);
      expect(answer.status, answer.text).toBe(status);
      expect(answer.body.error).toContain(error);
    }
    // Nothing refused was stored.
    expect((await call<{ version: number }>(baseUrl, `/api/articles/${id}/edits`)).body.version).toBe(
      version
    );
  });

  it('undoes the accept and the reject, and exports → imports the same review byte for byte', async () => {
    await stored({ kind: 'revert', edit: trail.get('accept')!.uid });
    await stored({ kind: 'revert', edit: trail.get('reject')!.uid });
    const after = await reviewed();
    expect(after.features.find((feature) => feature.properties.name === 'Kyiv')).toBeDefined();
    expect(after.features.every((feature) => !feature.properties.acceptedBy)).toBe(true);
    expect(after).not.toHaveProperty('rejected');

    const exported = (await call(baseUrl, `/api/articles/${id}/geojson`)).text;
    const imported = await post(fresh.url, '/api/articles', 'application/geo+json', exported);
    expect(imported.status, imported.text).toBe(201);
    expect((await call(fresh.url, `/api/articles/${id}/geojson`)).text).toBe(exported);
    const states = (JSON.parse(exported) as AnnotatedGeoJson).review!.edits.map((edit) => edit.state);
    expect(states.filter((state) => state === 'reverted')).toHaveLength(4);
  });
});
