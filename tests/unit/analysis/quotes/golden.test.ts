import { describe, it } from 'vitest';
import { findQuotes } from '$lib/analysis/quotes/find-quotes';
import { expectGolden, goldenCases, goldenInput } from '../../../golden';

const folder = 'tests/fixtures/quotes';

describe('findQuotes golden fixtures', () => {
  for (const name of goldenCases(folder)) {
    it(name, () => {
      const quotes = findQuotes(goldenInput(folder, name));
      expectGolden(folder, name, quotes);
    });
  }
});
