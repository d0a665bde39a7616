import { describe, expect, it } from 'vitest';
import { tableHeaders } from '../../../src/lib/annotated/csv/article-tables';
import type { AnnotatedGeoJson } from '../../../src/lib/annotated/schema';
import { parseCsv } from '../../unit/annotated/csv/parse-csv';
import { baseUrl } from '../browser';
import { call, postJson } from './api-requests';

// Written for this test.
const text =
  'ODESA (Wire) – Drones struck the port of Odesa and two villages in the Mykolaiv region overnight, ' +
  'injuring at least 5 people, the governor said. "We will repair the grain terminal," the port chief said.';

describe('GET /api/articles/:id/csv/:table', () => {
  it('answers each of the four tables as RFC 4180 CSV that agrees with the export feature by feature', async () => {
    const stored = await postJson<{ id: string }>(baseUrl, '/api/articles', {
      text,
      title: 'Odesa port struck'
    });
    expect([200, 201]).toContain(stored.status);
    const id = stored.body.id;
    const annotated = JSON.parse(
      (await call(baseUrl, `/api/articles/${id}/geojson`)).text
    ) as AnnotatedGeoJson;
    const tables: Record<string, Record<string, string>[]> = Object.fromEntries(
      await Promise.all(
        (['mentions', 'claims', 'quotes', 'figures'] as const).map(async (table) => {
          const answer = await call(baseUrl, `/api/articles/${id}/csv/${table}`);
          expect(answer.status).toBe(200);
          expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
          expect(answer.headers.get('content-disposition')).toBe(
            `attachment; filename="odesa-port-struck-${table}.csv"`
          );
          const [header, ...rows] = parseCsv(answer.text);
          expect(header).toEqual(tableHeaders[table]);
          return [
            table,
            rows.map((row) => Object.fromEntries(header!.map((column, i) => [column, row[i]!])))
          ];
        })
      )
    );
    const mentions = annotated.features.flatMap((feature) =>
      feature.properties.mentions.map((mention) => [
        feature.id,
        mention.text,
        String(mention.start),
        String(mention.end),
        mention.role
      ])
    );
    expect(mentions.length).toBeGreaterThan(2);
    expect(tables.mentions!.map((row) => [row.feature, row.text, row.start, row.end, row.role])).toEqual(
      mentions
    );
    expect(tables.quotes!.map((row) => row.text)).toEqual(annotated.quotes.map((quote) => quote.text));
    expect(tables.figures!.map((row) => row.text)).toEqual(annotated.figures.map((figure) => figure.text));
    expect(tables.claims!.map((row) => row.text)).toEqual(annotated.claims.map((claim) => claim.text));
  });

  it('refuses an unknown table (404) and a malformed id (400) with a JSON reason', async () => {
    const stored = await postJson<{ id: string }>(baseUrl, '/api/articles', { text });
    const unknown = await call<{ error: string }>(baseUrl, `/api/articles/${stored.body.id}/csv/places`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatch(/mentions, claims, quotes, figures/);
    const malformed = await call<{ error: string }>(baseUrl, '/api/articles/nope/csv/mentions');
    expect(malformed.status).toBe(400);
    const missing = await call(baseUrl, `/api/articles/${'0'.repeat(64)}/csv/mentions`);
    expect(missing.status).toBe(404);
  });
});
