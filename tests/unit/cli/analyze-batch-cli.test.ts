import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableHeaders } from '$lib/annotated/csv/article-tables';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { parseCsv } from '../annotated/csv/parse-csv';

// Articles written for these tests (not copied from any news source).
const articles: Record<string, string> = {
  'odesa.txt': 'ODESA (Wire) – Drones struck the port of Odesa overnight, the regional governor said.',
  'lviv.txt': 'LVIV: City officials said, "The shelter will open on Monday," after talks in Kyiv.',
  'nested/kharkiv.txt':
    'Shelling hit Kharkiv and the Kharkiv region, killing at least 4 people, police said.',
  'nested/deeper/nairobi.txt':
    'NAIROBI, Kenya — Floods displaced 1,200 families near Mombasa, the Red Cross said.',
  'lima.txt': 'LIMA, Peru — Protesters marched to the Congress building, and police blocked the road.'
};
const bad: Record<string, string | Uint8Array> = {
  'empty.txt': '',
  'binary.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]),
  'latin1.txt': new Uint8Array([0x4b, 0x69, 0x65, 0x77, 0xe9, 0x20, 0x61]),
  'huge.txt': 'a'.repeat(1024 * 1024 + 1)
};
const badReasons = [
  /empty\.txt: the article is empty/,
  /binary\.txt: .*binary/,
  /latin1\.txt: .*not valid UTF-8/,
  /huge\.txt is \d+ bytes; the limit/
];

const root = mkdtempSync(join(tmpdir(), 'wiremap-batch-'));
const folder = join(root, 'articles');
for (const [name, content] of Object.entries({ ...articles, ...bad, 'notes.md': 'not an article' })) {
  mkdirSync(join(folder, name, '..'), { recursive: true });
  writeFileSync(join(folder, name), content);
}
const analyze = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['scripts/analyze.mjs', ...args], { encoding: 'utf8', input, maxBuffer: 64e6 });
const singleOutputs = new Map<string, string>();
/** The single-file form's output for `path`, run once per file. */
const single = (path: string) => {
  if (!singleOutputs.has(path)) singleOutputs.set(path, analyze([path]).stdout);
  return singleOutputs.get(path)!;
};

beforeAll(() => {
  // The first batch bundles the CLI, the batch and the worker; do it once here.
  analyze([join(folder, 'lima.txt'), join(folder, 'odesa.txt'), '--quiet']);
}, 120_000);

// Each case starts whole processes (and a batch its worker threads), slow on a shared machine.
describe('npm run analyze -- FILE… (batch)', { timeout: 120_000 }, () => {
  it('writes one GeoJSON per article of a folder, byte-identical to the single-file form, and skips each bad input by name', () => {
    const out = join(root, 'out-geojson');
    const missing = join(root, 'missing.txt');
    const run = analyze([folder, missing, '--out', out, '--jobs', '2']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    for (const reason of [...badReasons, /no such file: .*missing\.txt/]) expect(run.stderr).toMatch(reason);
    expect(run.stderr).toMatch(/5 of 10 analysed, 5 skipped/);
    const written = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) =>
      entry.isFile()
    );
    expect(written).toHaveLength(Object.keys(articles).length);
    for (const name of Object.keys(articles)) {
      const output = readFileSync(join(out, name.replace(/\.txt$/, '.geojson')), 'utf8');
      expect(output).toBe(single(join(folder, name)));
    }
  });

  it('exits 0 when nothing is skipped', () => {
    const run = analyze([join(folder, 'lima.txt'), '--out', join(root, 'out-good')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('reads NDJSON on standard input and prints one export per line, in order, with the title, address and date given', () => {
    const lines = Object.values(articles).map((text, i) => ({
      id: `story-${i}`,
      text,
      title: `Story ${i}`,
      url: `https://example.org/story-${i}`,
      published: '2026-03-0' + (i + 1)
    }));
    const input = [...lines.map((line) => JSON.stringify(line)), '{"id": "no-text"}', 'not json', ''].join(
      '\n'
    );
    const run = analyze(['-'], input);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/stdin:6: text: /);
    expect(run.stderr).toMatch(/stdin:7: the line is not JSON/);
    const exports = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as AnnotatedGeoJson);
    expect(exports.map((annotated) => annotated.article)).toEqual(
      lines.map((line) =>
        expect.objectContaining({
          text: line.text,
          title: line.title,
          url: line.url,
          published: line.published
        })
      )
    );
    // The same text alone gives the same features: the batch changes nothing of the analysis.
    const alone = JSON.parse(single(join(folder, 'odesa.txt'))) as AnnotatedGeoJson;
    expect(exports[0]!.features).toEqual(alone.features);
  });

  it('keeps the input order with --jobs 2 when later articles finish first', () => {
    const long = `KYIV: ${'Officials in Odesa and Kharkiv said the strikes went on. '.repeat(300)}`;
    const lines = Array.from({ length: 8 }, (_, i) => ({
      id: `n${i}`,
      text: i % 3 === 0 ? long + i : `Rain fell on Lviv, day ${i}.`,
      title: `n${i}`
    }));
    const run = analyze(['-', '--jobs', '2'], lines.map((line) => JSON.stringify(line)).join('\n'));
    expect(run.status).toBe(0);
    const titles = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as AnnotatedGeoJson).article.title);
    expect(titles).toEqual(lines.map((line) => line.title));
  });

  it('writes four CSV tables with an article column that agree with the GeoJSON feature by feature', () => {
    const out = join(root, 'out-csv');
    const run = analyze([folder, '--format', 'csv', '--out', out, '--quiet']);
    expect(run.status).toBe(1);
    const [header, ...rows] = parseCsv(readFileSync(join(out, 'mentions.csv'), 'utf8'));
    expect(header).toEqual(['article', ...tableHeaders.mentions]);
    for (const table of ['claims', 'quotes', 'figures'] as const) {
      expect(parseCsv(readFileSync(join(out, `${table}.csv`), 'utf8'))[0]).toEqual([
        'article',
        ...tableHeaders[table]
      ]);
    }
    for (const name of Object.keys(articles)) {
      const path = join(folder, name);
      const annotated = JSON.parse(single(path)) as AnnotatedGeoJson;
      const expected = annotated.features.flatMap((feature) =>
        feature.properties.mentions.map((mention) => [
          feature.id,
          mention.text,
          String(mention.start),
          mention.role
        ])
      );
      const column = (title: string) => header!.indexOf(title);
      const mine = rows.filter((row) => row[0] === path);
      expect(
        mine.map((row) => [
          row[column('feature')],
          row[column('text')],
          row[column('start')],
          row[column('role')]
        ])
      ).toEqual(expected);
    }
  });

  it('draws a progress bar on standard error only when it is a terminal, and not with --quiet', () => {
    const files = Object.keys(articles).map((name) => join(folder, name));
    const command = (extra: string) =>
      `${process.execPath} scripts/analyze.mjs ${files.join(' ')} --out ${join(root, 'out-tty')} ${extra}`;
    // script(1) runs the command on a pseudo-terminal, as a user's shell would.
    const onTerminal = spawnSync('script', ['-qec', command(''), '/dev/null'], { encoding: 'utf8' });
    expect(onTerminal.status).toBe(0);
    expect(onTerminal.stdout).toMatch(/\] 5\/5 +[\d.]+ articles\/s +0:00 left/);
    const quiet = spawnSync('script', ['-qec', command('--quiet'), '/dev/null'], { encoding: 'utf8' });
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).not.toMatch(/articles\/s/);
    const piped = analyze([...files, '--out', join(root, 'out-piped')]);
    expect(piped.status).toBe(0);
    expect(piped.stderr).toBe('');
  });

  const usage: [string[], RegExp][] = [
    [['--format', 'csv', 'a.txt'], /needs --out DIR/],
    [['--out', 'x', '--format', 'ndjson', 'a.txt'], /NDJSON goes to standard output/],
    [['--jobs', '0', 'a.txt'], /--jobs needs a whole number/],
    [['--colour', 'a.txt'], /unknown option --colour/],
    [['-', '-'], /only once/]
  ];
  for (const [args, reason] of usage) {
    it(`refuses ${args.join(' ')} with status 2 and its usage`, () => {
      const run = analyze(args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(reason);
      expect(run.stderr).toMatch(/usage: /);
    });
  }
});
