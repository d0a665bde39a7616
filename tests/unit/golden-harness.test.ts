import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareGolden, expectGolden, goldenCases } from '../golden';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'wiremap-golden-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const local = {};
const ci = { CI: 'true' };
const expected = (name: string) => join(folder, `${name}.expected.json`);
const changed = (name: string) => join(folder, `${name}.changed.json`);

describe('the golden harness (tests/golden.ts)', () => {
  it('passes an equal output and writes nothing', () => {
    writeFileSync(expected('same'), '{"places": [1, 2]}\n');
    expect(compareGolden(folder, 'same', { places: [1, 2] }, ci)).toBe('same');
    expect(existsSync(changed('same'))).toBe(false);
  });

  it('fails a mismatch and writes the output to <case>.changed.json, leaving the golden alone', () => {
    writeFileSync(expected('moved'), '{"lon": 30}\n');
    expect(() => expectGolden(folder, 'moved', { lon: 31 }, local)).toThrow(/moved\.changed\.json/);
    expect(readFileSync(changed('moved'), 'utf8')).toBe('{\n  "lon": 31\n}\n');
    expect(readFileSync(expected('moved'), 'utf8')).toBe('{"lon": 30}\n');
    // Once the output agrees again the stale changed file goes.
    expect(compareGolden(folder, 'moved', { lon: 30 }, local)).toBe('same');
    expect(existsSync(changed('moved'))).toBe(false);
  });

  it('fails a missing golden under CI=true, writing nothing; writes it locally', () => {
    expect(() => expectGolden(folder, 'new', { a: 1 }, ci)).toThrow(/missing/);
    expect(existsSync(expected('new'))).toBe(false);
    expect(compareGolden(folder, 'new', { a: 1 }, local)).toBe('written');
    expect(JSON.parse(readFileSync(expected('new'), 'utf8'))).toEqual({ a: 1 });
  });

  it('rewrites the golden with REGEN=1, even under CI', () => {
    writeFileSync(expected('old'), '{"a": 1}\n');
    expect(compareGolden(folder, 'old', { a: 2 }, { REGEN: '1', CI: 'true' })).toBe('regenerated');
    expect(JSON.parse(readFileSync(expected('old'), 'utf8'))).toEqual({ a: 2 });
  });

  it('lists the cases by their input suffix, sorted', () => {
    for (const name of ['b.txt', 'a.txt', 'a.expected.json', 'c.edits.json'])
      writeFileSync(join(folder, name), '');
    expect(goldenCases(folder)).toEqual(['a', 'b']);
    expect(goldenCases(folder, '.edits.json')).toEqual(['c']);
  });
});
