import { describe, it } from 'vitest';
import { findQuotes } from '$lib/analysis/quotes/find-quotes';
import { findClaims } from '$lib/analysis/claims/find-claims';
import { expectGolden, goldenCases, goldenInput } from '../text/golden';

const folder = 'tests/fixtures/claims';

describe('findClaims golden fixtures', () => {
  for (const name of goldenCases(folder)) {
    it(name, () => {
      const text = goldenInput(folder, name);
      expectGolden(folder, name, findClaims(text, [], findQuotes(text)));
    });
  }
});
