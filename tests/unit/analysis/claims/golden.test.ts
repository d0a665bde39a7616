import { describe, it } from 'vitest';
import { findQuotes } from '$lib/analysis/quotes/find-quotes';
import { findClaims } from '$lib/analysis/claims/find-claims';
import { findPlaces } from '$lib/analysis/places/find-places';
import { loadGazetteer } from '$lib/geodata/load-gazetteer';
import { expectGolden, goldenCases, goldenInput } from '../../../golden';

const folder = 'tests/fixtures/claims';

// With the places the real gazetteer finds, as the analysis runs them, so that the claims'
// links to places are in the diff too.
describe('findClaims golden fixtures', () => {
  for (const name of goldenCases(folder)) {
    it(name, () => {
      const text = goldenInput(folder, name);
      expectGolden(
        folder,
        name,
        findClaims(text, findPlaces(text, loadGazetteer()).places, findQuotes(text))
      );
    });
  }
});
