import { describe, expect, it } from 'vitest';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { validateAnnotatedGeoJson } from '$lib/annotated/validate-annotated-geojson';
import { applyEdits } from '$lib/review/apply-edits';
import type { Edit } from '$lib/annotated/edit';
import { unitConcerns } from '$lib/review/unit-concerns';
import { expectGolden, geometrySummary, goldenCases, goldenInput } from '../../golden';
import { drawn, lookup, seedAnalysis, storedEdits } from './seed-review';

// Golden cases: golden/<case>.edits.json (edits, stored as versions 1, 2, …) replayed on the seed
// analysis → golden/<case>.expected.json, under the rules of tests/golden.ts (REGEN=1 rewrites; a
// mismatch writes <case>.changed.json).
const directory = 'tests/unit/review/golden';
const cases = goldenCases(directory, '.edits.json');

/** What a reviewer reads in the diff: everything the edits can change, and the unit concerns. */
const summary = (collection: AnnotatedGeoJson) => ({
  features: collection.features.map(({ id, geometry, properties }) => ({
    id,
    geometry: geometrySummary(geometry),
    properties
  })),
  figures: collection.figures,
  claims: collection.claims,
  review: collection.review,
  unitConcerns: unitConcerns(collection, lookup)
});

describe('applyEdits golden fixtures', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));

  for (const name of cases) {
    it(name, () => {
      const edits = JSON.parse(goldenInput(directory, name, '.edits.json')) as Edit[];
      const effective = drawn(applyEdits(seedAnalysis(), storedEdits(edits), lookup));
      expect(validateAnnotatedGeoJson(JSON.parse(JSON.stringify(effective)))).toMatchObject({ ok: true });
      expectGolden(directory, name, summary(effective));
    });
  }
});
