import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../src/lib/analysis/places/find-places';
import { testGazetteer } from './test-gazetteer';

// Golden cases: tests/fixtures/places/<case>.txt → <case>.expected.json, sentences written for
// these tests. `REGEN=1 npx vitest run tests/unit/analysis/places` rewrites the expected files;
// review the diff before committing. A missing expected file fails unless REGEN is set.
const directory = join(import.meta.dirname, '../../../fixtures/places');
const cases = readdirSync(directory)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -4));

describe('findPlaces golden fixtures', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));

  for (const name of cases) {
    it(name, () => {
      const text = readFileSync(join(directory, `${name}.txt`), 'utf8');
      const actual = JSON.parse(JSON.stringify(findPlaces(text, testGazetteer)));
      const expectedPath = join(directory, `${name}.expected.json`);
      if (process.env.REGEN) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(existsSync(expectedPath), `${expectedPath} is missing: run with REGEN=1`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
      for (const place of actual.places)
        for (const m of place.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    });
  }
});
