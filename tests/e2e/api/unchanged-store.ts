import { afterEach, beforeAll, expect } from 'vitest';
import type { AnnotatedGeoJson } from '../../../src/lib/annotated/schema';
import { baseUrl } from '../browser';
import { call, post, postJson, floodArticle, type Answer } from './api-requests';

/** What the bad-input tests aim at: an article with one edit, and the export of a deleted one. */
export interface BadInputTargets {
  /** An article at version 1 (one note on Lviv). */
  id: string;
  /** Lviv's feature id in it. */
  lviv: string;
  /** The export of an article that was then deleted, so a bad import of it has nothing to touch. */
  deletedExport: AnnotatedGeoJson;
  deletedId: string;
}

/** What must not change: the stored articles, the edited article's trail, the deleted one's absence. */
async function snapshot(targets: BadInputTargets) {
  const list = await call<{ total: number; articles: { id: string }[] }>(baseUrl, '/api/articles?limit=100');
  const trail = await call(baseUrl, `/api/articles/${targets.id}/edits`);
  const deleted = await call(baseUrl, `/api/articles/${targets.deletedId}`);
  return {
    total: list.body.total,
    ids: list.body.articles.map((article) => article.id),
    trail: trail.body,
    deleted: deleted.status
  };
}

/**
 * Sets up the targets (named by `tag`) before the file's tests, and after each test checks that
 * nothing stored changed: the same articles, the same version and audit trail.
 */
export function unchangedStore(tag: string): BadInputTargets {
  const targets = {} as BadInputTargets;
  let before: Awaited<ReturnType<typeof snapshot>>;
  beforeAll(async () => {
    targets.id = (
      await post<{ id: string }>(baseUrl, '/api/articles', 'text/plain', floodArticle(tag))
    ).body.id;
    const annotated = (await call<{ annotated: AnnotatedGeoJson }>(baseUrl, `/api/articles/${targets.id}`))
      .body.annotated;
    targets.lviv = annotated.features.find((feature) => feature.properties.name === 'Lviv')!.id;
    const first = await postJson(baseUrl, `/api/articles/${targets.id}/edits`, {
      version: 0,
      edit: { kind: 'note', target: { type: 'place', id: targets.lviv }, text: 'first note' }
    });
    expect(first.status).toBe(201);
    const deleted = floodArticle(`${tag}, deleted`);
    targets.deletedId = (await post<{ id: string }>(baseUrl, '/api/articles', 'text/plain', deleted)).body.id;
    targets.deletedExport = JSON.parse(
      (await call(baseUrl, `/api/articles/${targets.deletedId}/geojson`)).text
    );
    expect((await call(baseUrl, `/api/articles/${targets.deletedId}`, { method: 'DELETE' })).status).toBe(
      204
    );
    before = await snapshot(targets);
  });
  afterEach(async () => {
    expect(await snapshot(targets)).toEqual(before);
  });
  return targets;
}

/** Expects a JSON error `{error}` with `status` whose reason matches `reason`. */
export function refused(answer: Answer, status: number, reason: RegExp) {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  expect(answer.body.error).toMatch(reason);
}
