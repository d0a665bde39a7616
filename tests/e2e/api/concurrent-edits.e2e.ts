import { describe, expect, it } from 'vitest';
import type { StoredEdit } from '../../../src/lib/annotated/edit';
import { baseUrl } from '../browser';
import { call, floodArticle, post, postJson } from './api-requests';

const EDITS_PER_CLIENT = 200;
/** Requests each client keeps in flight, so its own edits race each other as well as the other's. */
const IN_FLIGHT = 3;

interface ClientRun {
  acknowledged: StoredEdit[];
  conflicts: number;
}

/**
 * One client adding `EDITS_PER_CLIENT` notes as fast as it can: each request carries the version
 * the client last saw; a 409 tells it the current version and it tries again with that.
 */
async function runClient(id: string, name: string, place: string): Promise<ClientRun> {
  const run: ClientRun = { acknowledged: [], conflicts: 0 };
  let known = 0;
  let next = 0;
  const worker = async () => {
    while (next < EDITS_PER_CLIENT) {
      const text = `${name} note ${next++}`;
      for (;;) {
        const answer = await postJson<{ version: number; edit: StoredEdit }>(
          baseUrl,
          `/api/articles/${id}/edits`,
          { version: known, client: name, edit: { kind: 'note', target: { type: 'place', id: place }, text } }
        );
        if (answer.status === 201) {
          run.acknowledged.push(answer.body.edit);
          known = Math.max(known, answer.body.version);
          break;
        }
        expect(answer.status, answer.text).toBe(409);
        run.conflicts++;
        known = answer.body.version;
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return run;
}

describe('two clients editing one article at once', () => {
  it('loses no acknowledged edit, answers the stale ones 409, and numbers versions without gaps', async () => {
    const text = floodArticle('concurrent edits');
    const id = (await post<{ id: string }>(baseUrl, '/api/articles', 'text/plain', text)).body.id;
    const article = await call<{ annotated: { features: { id: string; properties: { name: string } }[] } }>(
      baseUrl,
      `/api/articles/${id}`
    );
    const lviv = article.body.annotated.features.find((feature) => feature.properties.name === 'Lviv')!.id;

    const [first, second] = await Promise.all([
      runClient(id, 'client one', lviv),
      runClient(id, 'client two', lviv)
    ]);
    // Both start from version 0, so at least one of their first requests must lose.
    expect(first.conflicts + second.conflicts).toBeGreaterThan(0);
    expect(first.acknowledged).toHaveLength(EDITS_PER_CLIENT);
    expect(second.acknowledged).toHaveLength(EDITS_PER_CLIENT);

    const trail = (await call<{ version: number; edits: StoredEdit[] }>(baseUrl, `/api/articles/${id}/edits`))
      .body;
    const total = 2 * EDITS_PER_CLIENT;
    expect(trail.version).toBe(total);
    expect(trail.edits.map((stored) => stored.version)).toEqual(
      Array.from({ length: total }, (_, i) => i + 1)
    );
    // Every 201 is in the trail exactly as it was acknowledged.
    const stored = new Map(trail.edits.map((edit) => [edit.uid, edit]));
    for (const acknowledged of [...first.acknowledged, ...second.acknowledged]) {
      expect(stored.get(acknowledged.uid)).toEqual(acknowledged);
    }
    expect(new Set(trail.edits.map((edit) => edit.edit.kind === 'note' && edit.edit.text)).size).toBe(total);

    const notes = (
      await call<{ annotated: { features: { id: string; properties: { notes?: unknown[] } }[] } }>(
        baseUrl,
        `/api/articles/${id}`
      )
    ).body.annotated.features.find((feature) => feature.id === lviv)!.properties.notes;
    expect(notes).toHaveLength(total);
  });
});
