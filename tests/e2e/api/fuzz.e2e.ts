import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzParameters, fuzzTimeout } from '../../unit/fuzz/fuzz-settings';
import { hostileText } from '../../unit/fuzz/text-arbitraries';
import { startServer, temporaryDirectory, type ServerProcess } from '../server-process';
import { call, floodArticle, post } from './api-requests';

// A server of its own: the fuzzer stores, edits and deletes at random.
const folder = temporaryDirectory();
let server: ServerProcess;
let known: string;
let exported: Record<string, unknown>;

beforeAll(async () => {
  server = await startServer(`${folder.path}/fuzz.db`);
  known = (await post<{ id: string }>(server.url, '/api/articles', 'text/plain', floodArticle('fuzz'))).body
    .id;
  exported = JSON.parse((await call(server.url, `/api/articles/${known}/geojson`)).text) as Record<
    string,
    unknown
  >;
});

afterAll(async () => {
  await server?.stop();
  folder.remove();
});

/** Every byte of the UTF-8 of `text` percent-encoded (lone surrogates become U+FFFD, as on the wire). */
const percentEncoded = (text: string) =>
  [...new TextEncoder().encode(text)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');

const anyString = fc.oneof(
  hostileText,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 })
);

const path = fc.oneof(
  fc.constantFrom(
    '/api/articles',
    '/api/aggregate',
    '/api/gazetteer',
    '/api/nowhere',
    '/api/articles/../aggregate',
    '/api/articles/%00',
    '/api/articles/%ZZ'
  ),
  {
    weight: 3,
    arbitrary: fc
      .constantFrom('', '/edits', '/edits', '/geojson')
      .map((tail) => `/api/articles/${known}${tail}`)
  },
  fc
    .tuple(anyString, fc.constantFrom('', '/edits', '/geojson'))
    .map(([id, tail]) => `/api/articles/${percentEncoded(id)}${tail}`),
  fc
    .string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 })
    .map((id) => `/api/articles/${id}/edits`)
);

const query = fc.oneof(
  fc.constant(''),
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom('limit', 'offset', 'from', 'to', 'q', 'limit'), anyString),
        fc.oneof(
          anyString,
          fc.integer().map(String),
          fc.double().map(String),
          fc
            .date({ noInvalidDate: false })
            .map((date) => (Number.isNaN(date.getTime()) ? 'NaN' : date.toISOString()))
        )
      ),
      { maxLength: 4 }
    )
    .map((pairs) => `?${new URLSearchParams(pairs)}`)
);

/** Edits of every kind, some sound and most not. */
const edit = fc.record(
  {
    kind: fc.constantFrom('reassign', 'resolve', 'note', 'status', 'delete', ''),
    place: fc.oneof(fc.constantFrom('geonames:702550', 'unresolved:0', 'admin1:UA-46'), anyString),
    to: fc.oneof(fc.constantFrom('admin1:UA-46', 'geonames:1', 'country:UA'), anyString),
    units: fc.array(fc.oneof(fc.constantFrom('UA-46', 'UA-99', 'XX'), anyString), { maxLength: 4 }),
    source: fc.oneof(fc.constantFrom('https://a.example/x', 'javascript:alert(1)'), anyString),
    target: fc.oneof(
      fc.record({ type: fc.constantFrom('place', 'claim', 'figure'), start: fc.integer(), id: anyString }),
      fc.anything()
    ),
    text: anyString,
    claim: fc.oneof(fc.integer(), fc.double(), anyString),
    status: fc.constantFrom('claimed', 'corroborated', 'disputed', 'true', ''),
    mentions: fc.array(fc.integer(), { maxLength: 3 })
  },
  { requiredKeys: ['kind'] }
);

/** An export with one member replaced by anything: a broken import. */
const brokenExport = fc
  .tuple(
    fc.constantFrom('type', 'article', 'features', 'quotes', 'figures', 'claims', 'review', 'extra'),
    fc.anything()
  )
  .map(([member, value]) => JSON.stringify({ ...exported, [member]: value }));

const body = fc.oneof(
  fc.constant(undefined),
  hostileText,
  fc.uint8Array({ maxLength: 300 }),
  fc.anything().map((value) => JSON.stringify(value) ?? 'undefined'),
  fc
    .record({ version: fc.oneof(fc.nat(5), fc.integer(), anyString), edit, client: anyString })
    .map((value) => JSON.stringify(value)),
  fc
    .record({ text: anyString, title: anyString, url: anyString, published: anyString }, { requiredKeys: [] })
    .map((value) => JSON.stringify(value)),
  brokenExport,
  fc.string({ maxLength: 60 }).map((tail) => `{"text": "${tail}`)
);

const request = fc
  .record({
    method: fc.oneof(
      { weight: 4, arbitrary: fc.constant('GET') },
      { weight: 8, arbitrary: fc.constant('POST') },
      { weight: 1, arbitrary: fc.constantFrom('DELETE', 'PUT', 'PATCH', 'OPTIONS') }
    ),
    path,
    query,
    contentType: fc.constantFrom(
      'text/plain',
      'text/plain; charset=utf-8',
      'text/plain; charset=latin1',
      'application/json',
      'application/geo+json',
      'application/xml',
      'multipart/form-data',
      ''
    ),
    body,
    origin: fc.oneof(
      { weight: 9, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constant('https://evil.example') }
    )
  })
  // The known article stays, so the requests about it keep reaching the validation behind the 404.
  .filter(({ method, path }) => !(method === 'DELETE' && path === `/api/articles/${known}`));

describe('the API under generated requests (fast-check)', () => {
  it(
    'never fails with a 5xx, and explains every refusal',
    async () => {
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(request, async ({ method, path, query, contentType, body, origin }) => {
          const headers: Record<string, string> = {};
          if (contentType) headers['content-type'] = contentType;
          if (origin) headers.origin = origin;
          const sendsBody = method !== 'GET' && body !== undefined;
          const response = await fetch(`${server.url}${path}${query}`, {
            method,
            headers,
            // A copy: fetch detaches the bytes it sends, and fast-check may reuse a value.
            ...(sendsBody
              ? { body: body instanceof Uint8Array ? new Blob([new Uint8Array(body)]) : body }
              : {})
          });
          const text = await response.text();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const what = `${method} ${path}${query} → ${response.status} ${text.slice(0, 200)}`;
          expect(response.status, what).toBeLessThan(500);
          if (response.status < 400) return;
          if (response.status === 403) {
            // SvelteKit's own cross-site refusal, plain text by design (docs/api.md).
            expect(text, what).toMatch(/Cross-site/);
            return;
          }
          expect(response.headers.get('content-type'), what).toMatch(/^application\/json/);
          const reason = (JSON.parse(text) as { error?: unknown }).error;
          expect(typeof reason === 'string' && reason.length > 3, what).toBe(true);
        }),
        fuzzParameters(1000)
      );
      if (process.env.FUZZ_REPORT)
        console.log(
          'statuses',
          [...statuses].sort(([a], [b]) => a - b)
        );
      // The generator reaches both sides: accepted requests and refusals of several kinds.
      const seen = [...statuses.keys()];
      expect(seen.some((status) => status < 300)).toBe(true);
      for (const status of [400, 404, 405, 415])
        expect(seen, `saw ${JSON.stringify([...statuses])}`).toContain(status);
      // The server is still there and sound.
      expect(server.child.exitCode).toBeNull();
      expect((await call(server.url, `/api/articles/${known}`)).status).toBeLessThan(500);
    },
    fuzzTimeout(1000, 100)
  );
});
