import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../src/lib/analysis/places/find-places';
import { expectGolden, goldenCases, goldenInput } from '../../../golden';
import { testGazetteer } from './test-gazetteer';

// Golden cases: tests/fixtures/places/<case>.txt → <case>.expected.json, sentences written for
// these tests, under the rules of tests/golden.ts (REGEN=1 rewrites; a mismatch writes
// <case>.changed.json).
const directory = 'tests/fixtures/places';
const cases = goldenCases(directory);

describe('findPlaces golden fixtures', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));

  for (const name of cases) {
    it(name, () => {
      const text = goldenInput(directory, name);
      const actual = findPlaces(text, testGazetteer);
      expectGolden(directory, name, actual);
      for (const place of actual.places)
        for (const m of place.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    });
  }
});
