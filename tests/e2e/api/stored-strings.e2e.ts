import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storableStringProblem } from '$lib/analysis/storable-string';
import { fuzzParameters, fuzzTimeout } from '../../unit/fuzz/fuzz-settings';
import { hostileText } from '../../unit/fuzz/text-arbitraries';
import { startServer, temporaryDirectory, type ServerProcess } from '../server-process';
import { call, floodArticle, post, postJson } from './api-requests';

// Two servers of their own: one stores what the generator sends, the other imports its export.
const folder = temporaryDirectory();
let source: ServerProcess;
let target: ServerProcess;

beforeAll(async () => {
  [source, target] = await Promise.all([
    startServer(`${folder.path}/source.db`),
    startServer(`${folder.path}/target.db`)
  ]);
});

afterAll(async () => {
  await Promise.all([source?.stop(), target?.stop()]);
  folder.remove();
});

const anyString = fc.oneof(
  hostileText,
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('\u0000', 'Kyiv\u0000 evening', '\ud800', 'a\udc00b', ' padded ', '\u000b\u000c', '')
);

interface Summary {
  id: string;
  title: string;
  url?: string;
  version: number;
}
interface StoredEdit {
  uid: string;
  client: string;
  edit: { kind: string; text?: string };
}

/** Whether a string may be refused: it cannot be stored as it is, or it is blank or over `limit` characters. */
const refusable = (value: string, limit = Infinity) =>
  storableStringProblem(value) !== undefined || value.trim() === '' || value.length > limit;

let tag = 0;

describe('every stored string comes back exactly as acknowledged, or is refused (fast-check)', () => {
  it(
    'stores titles, addresses, texts, notes and clients exactly, or refuses them with a reason',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            fragment: anyString,
            title: anyString,
            path: anyString,
            note: anyString,
            client: anyString
          }),
          async ({ fragment, title, path, note, client }) => {
            const text = `${floodArticle(`round trip ${++tag}`)} ${fragment}`;
            const url = `https://news.example/${path}`;
            const stored = await postJson<{ id: string; error?: string }>(source.url, '/api/articles', {
              text,
              title,
              url
            });
            if (stored.status >= 400) {
              expect(stored.status, stored.text).toBeLessThan(500);
              expect(stored.body.error, stored.text).toMatch(/\w{4}/);
              const urlRefusable = /\s/.test(url) || refusable(url, 2000) || !URL.canParse(url);
              expect(refusable(text) || refusable(title, 500) || urlRefusable, stored.text).toBe(true);
              return;
            }
            expect(stored.status, stored.text).toBe(201);
            const read = await call<{
              article: Summary;
              annotated: { article: { text: string }; features: { id: string }[] };
            }>(source.url, `/api/articles/${stored.body.id}`);
            expect(read.body.article.title).toBe(title);
            expect(read.body.annotated.article.text).toBe(text);
            // The address is kept as sent when it is one (the URL parser may refuse what was escaped).
            expect(read.body.article.url).toBe(url);

            const place = read.body.annotated.features[0]!.id;
            const edited = await postJson<{ error?: string; edit: StoredEdit }>(
              source.url,
              `/api/articles/${stored.body.id}/edits`,
              { version: 0, edit: { kind: 'note', target: { type: 'place', id: place }, text: note }, client }
            );
            if (edited.status >= 400) {
              expect(edited.status, edited.text).toBe(400);
              expect(refusable(note, 2000) || refusable(client, 100), edited.text).toBe(true);
              return;
            }
            expect(edited.status, edited.text).toBe(201);
            const trail = await call<{ edits: StoredEdit[] }>(
              source.url,
              `/api/articles/${stored.body.id}/edits`
            );
            expect(trail.body.edits.map((edit) => [edit.client, edit.edit.text])).toEqual([[client, note]]);
          }
        ),
        fuzzParameters(60)
      );
    },
    fuzzTimeout(60, 2000)
  );

  it(
    'imports an export whose title, address, notes and clients are anything exactly, or refuses it',
    async () => {
      const text = floodArticle('import strings');
      const id = (await post<{ id: string }>(source.url, '/api/articles', 'text/plain', text)).body.id;
      const base = JSON.parse((await call(source.url, `/api/articles/${id}/geojson`)).text) as {
        article: Record<string, unknown>;
        features: { id: string }[];
      };
      const place = base.features[0]!.id;
      await fc.assert(
        fc.asyncProperty(
          fc.record({ title: anyString, path: anyString, note: anyString, client: anyString }),
          async ({ title, path, note, client }) => {
            const url = `https://news.example/${path}`;
            const edit = { kind: 'note', target: { type: 'place', id: place }, text: note };
            const uid = '00000000-0000-4000-8000-000000000001';
            const stored = {
              uid,
              version: 1,
              at: '2030-01-01T00:00:00.000Z',
              client,
              edit,
              state: 'applied'
            };
            const exported = {
              ...base,
              article: { ...base.article, title, url },
              review: { version: 1, edits: [stored] }
            };
            const imported = await post<{ error?: string }>(
              target.url,
              '/api/articles',
              'application/geo+json',
              JSON.stringify(exported)
            );
            if (imported.status >= 400) {
              expect(imported.status, imported.text).toBeLessThan(500);
              expect(imported.body.error, imported.text).toMatch(/\w{4}/);
              const urlRefusable = /\s/.test(url) || refusable(url, 2000) || !URL.canParse(url);
              expect(
                refusable(title, 500) || urlRefusable || refusable(note, 2000) || refusable(client, 100),
                imported.text
              ).toBe(true);
              return;
            }
            expect(imported.status, imported.text).toBe(201);
            const read = await call<{ article: Summary }>(target.url, `/api/articles/${id}`);
            expect([read.body.article.title, read.body.article.url]).toEqual([title, url]);
            const trail = await call<{ edits: StoredEdit[] }>(target.url, `/api/articles/${id}/edits`);
            expect(trail.body.edits.map((entry) => [entry.client, entry.edit.text])).toEqual([
              [client, note]
            ]);
            expect((await fetch(`${target.url}/api/articles/${id}`, { method: 'DELETE' })).status).toBe(204);
          }
        ),
        fuzzParameters(60)
      );
    },
    fuzzTimeout(60, 2000)
  );

  it(
    'imports every line of the export into a fresh server, restoring every article and edit',
    async () => {
      const exported = await fetch(`${source.url}/api/export`);
      expect(exported.status).toBe(200);
      const lines = (await exported.text()).split('\n').filter((line) => line !== '');
      // The seed, and the articles the property above stored.
      expect(lines.length).toBeGreaterThan(2);
      for (const line of lines) {
        const imported = await post(target.url, '/api/articles', 'application/geo+json', line);
        // 200 for the seed, which a fresh server stores on its first start; 201 for the others.
        expect([200, 201], imported.text.slice(0, 300)).toContain(imported.status);
      }
      const list = (server: ServerProcess) =>
        call<{ articles: Summary[]; total: number }>(server.url, '/api/articles?limit=100');
      const [before, after] = [(await list(source)).body, (await list(target)).body];
      expect(after.total).toBe(before.total);
      for (const article of before.articles) {
        const original = await call(source.url, `/api/articles/${article.id}`);
        const restored = await call(target.url, `/api/articles/${article.id}`);
        expect(restored.status).toBe(200);
        const strip = (body: Record<string, unknown>) => {
          const { created: _ignored, ...summary } = body.article as Record<string, unknown>;
          return { summary, annotated: body.annotated };
        };
        expect(strip(restored.body)).toEqual(strip(original.body));
      }
    },
    fuzzTimeout(60, 2000)
  );
});
