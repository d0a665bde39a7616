import { describe, it } from 'vitest';
import { findFigures } from '$lib/analysis/figures/find-figures';
import { expectGolden, goldenCases, goldenInput } from '../text/golden';

const folder = 'tests/fixtures/figures';

describe('findFigures golden fixtures', () => {
  for (const name of goldenCases(folder)) {
    it(name, () => {
      const figures = findFigures(goldenInput(folder, name), []);
      expectGolden(folder, name, figures);
    });
  }
});
