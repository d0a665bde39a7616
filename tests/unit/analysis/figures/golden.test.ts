import { describe, it } from 'vitest';
import { findFigures } from '$lib/analysis/figures/find-figures';
import { findPlaces } from '$lib/analysis/places/find-places';
import { loadGazetteer } from '$lib/geodata/load-gazetteer';
import { expectGolden, goldenCases, goldenInput } from '../../../golden';

const folder = 'tests/fixtures/figures';

// With the places the real gazetteer finds, as the analysis runs them, so that the figures'
// links to places are in the diff too.
describe('findFigures golden fixtures', () => {
  for (const name of goldenCases(folder)) {
    it(name, () => {
      const text = goldenInput(folder, name);
      expectGolden(folder, name, findFigures(text, findPlaces(text, loadGazetteer()).places));
    });
  }
});
