import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateAnnotatedGeoJson } from '$lib/annotated/validate-annotated-geojson';

const dir = mkdtempSync(join(tmpdir(), 'wiremap-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const analyze = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/analyze.mjs', ...args], { encoding: 'utf8' });

beforeAll(() => {
  // The first run bundles the CLI; do it once here so each test measures only its own case.
  analyze(file('warm-up.txt', 'KYIV: Officials met in Lviv.'));
}, 60_000);

describe('npm run analyze', () => {
  it('prints annotated GeoJSON that validates against the documented schema', () => {
    const text =
      'KYIV (Reuters) – Russian drones struck Odesa overnight, the governor said, and two people were hurt.';
    const run = analyze(file('article.txt', text));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const collection = JSON.parse(run.stdout);
    expect(validateAnnotatedGeoJson(collection)).toMatchObject({ ok: true });
    expect(collection.article.text).toBe(text);
    expect(collection.features.map((feature: { id: string }) => feature.id)).toContain('geonames:698740');
  });

  const refusals: [string, () => string, RegExp][] = [
    ['a missing file', () => join(dir, 'nope.txt'), /no such file/],
    ['an empty file', () => file('empty.txt', ''), /is empty/],
    ['a blank file', () => file('blank.txt', '  \n\n '), /is empty/],
    ['binary data', () => file('zip.bin', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0])), /binary/],
    [
      'text that is not UTF-8',
      () => file('latin1.txt', new Uint8Array([0x4b, 0x69, 0x65, 0x77, 0xe9, 0x20, 0x61])),
      /not valid UTF-8/
    ],
    ['a file over 1 MB', () => file('huge.txt', 'a'.repeat(1024 * 1024 + 1)), /limit is 1048576/]
  ];
  for (const [what, path, reason] of refusals) {
    it(`refuses ${what} with one line on stderr, status 2 and nothing on stdout`, () => {
      const run = analyze(path());
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(reason);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    });
  }

  it('ends quietly when its reader closes the pipe early (`| head`)', async () => {
    const longArticle = `KYIV: ${'Russian drones struck Kharkiv and Odesa, officials said. '.repeat(400)}`;
    const child = spawn(process.execPath, ['scripts/analyze.mjs', file('long.txt', longArticle)]);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise((resolve) => child.once('exit', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('explains its usage when given no file', () => {
    const run = analyze();
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^usage: /);
  });
});
