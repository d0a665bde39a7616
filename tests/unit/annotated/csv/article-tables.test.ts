import { describe, expect, it } from 'vitest';
import { articleTables, tableNames } from '$lib/annotated/csv/article-tables';
import { csvField, csvText } from '$lib/annotated/csv/csv-text';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { annotateArticle } from '$lib/server/annotate-article';
import { parseCsv } from './parse-csv';

const text =
  'KYIV (Reuters) – Russian drones struck Odesa and the Kharkiv region overnight, killing at least 3 people, ' +
  'the governor said. "We will rebuild, and quickly," the mayor of Odesa said.';

describe('csvField', () => {
  it('quotes a field holding a comma, a quote or a line break, doubling its quotes (RFC 4180)', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('she said "no"')).toBe('"she said ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\ronly')).toBe('"cr\ronly"');
    expect(csvField(null)).toBe('');
    expect(csvField(0.5)).toBe('0.5');
    expect(csvField(false)).toBe('false');
  });

  it('parses back to what was written, whatever the text, a formula with its guard quote', () => {
    const awkward = ['', ' ', ',', '""', 'a\r\nb', '«Київ», "quoted"', '=1+1', 'tab\there', '😀'];
    const table = { header: ['one', 'two'], rows: awkward.map((cell) => [cell, `${cell}!`]) };
    const guarded = (cell: string) => (cell.startsWith('=') ? `'${cell}` : cell);
    expect(parseCsv(csvText(table))).toEqual([
      ['one', 'two'],
      ...awkward.map((cell) => [guarded(cell), guarded(`${cell}!`)])
    ]);
  });

  it('puts a single quote before a text a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    for (const formula of ['=HYPERLINK("http://x.example")', '+1+2', '-2+3', '@SUM(A1)', '\tcell', '\rcell'])
      expect(parseCsv(csvText({ header: ['a'], rows: [[formula]] }))[1]).toEqual([`'${formula}`]);
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('a=1')).toBe('a=1');
    expect(csvField("'already")).toBe("'already");
    // Numbers are cells of their own type: a negative longitude stays a number.
    expect(csvField(-3.7)).toBe('-3.7');
  });
});

describe('articleTables', () => {
  const annotated: AnnotatedGeoJson = annotateArticle(text);
  const tables = articleTables(annotated);
  const parsed = Object.fromEntries(tableNames.map((name) => [name, parseCsv(csvText(tables[name]))]));
  const rowsOf = (name: (typeof tableNames)[number]) => {
    const [header, ...rows] = parsed[name]!;
    return rows.map((row) => Object.fromEntries(header!.map((column, i) => [column, row[i]])));
  };

  it('has one mention row per mention of every feature, agreeing with the GeoJSON feature by feature', () => {
    const mentions = annotated.features.flatMap((feature) =>
      feature.properties.mentions.map((mention) => ({ feature, mention }))
    );
    const rows = rowsOf('mentions');
    expect(rows).toHaveLength(mentions.length);
    expect(mentions.length).toBeGreaterThan(3);
    rows.forEach((row, i) => {
      const { feature, mention } = mentions[i]!;
      expect(row.feature).toBe(feature.id);
      expect(row.text).toBe(mention.text);
      expect(text.slice(Number(row.start), Number(row.end))).toBe(row.text);
      expect(row.kind).toBe(feature.properties.kind);
      expect(row.role).toBe(mention.role);
      expect(row.literal).toBe(String(mention.literal));
      expect(Number(row.confidence)).toBe(feature.properties.confidence);
      if (feature.geometry?.type === 'Point') {
        expect([Number(row.lon), Number(row.lat)]).toEqual(feature.geometry.coordinates);
      }
    });
  });

  it('places an area at a point inside its extent, Russia included (cut at the antimeridian)', () => {
    const russia = rowsOf('mentions').find((row) => row.ref === 'country:RU');
    expect(russia).toBeDefined();
    expect(Number(russia!.lon)).toBeGreaterThan(30);
    expect(Number(russia!.lat)).toBeGreaterThan(45);
  });

  it('has the quotes, figures and claims in the export order, each span pointing into the text', () => {
    expect(rowsOf('quotes').map((row) => [row.text, row.speaker])).toEqual(
      annotated.quotes.map((quote) => [quote.text, quote.speaker ?? ''])
    );
    expect(rowsOf('figures').map((row) => [row.text, row.value, row.counts])).toEqual(
      annotated.figures.map((figure) => [
        figure.text,
        String(Array.isArray(figure.value) ? figure.value[0] : figure.value),
        figure.counts
      ])
    );
    expect(rowsOf('claims').map((row) => [row.text, row.by, row.type, row.places])).toEqual(
      annotated.claims.map((claim) => [claim.text, claim.by, claim.type, claim.places.join(' ')])
    );
    expect(annotated.quotes.length + annotated.figures.length + annotated.claims.length).toBeGreaterThan(2);
  });
});
