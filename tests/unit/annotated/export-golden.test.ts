import { describe, expect, it } from 'vitest';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { validateAnnotatedGeoJson } from '$lib/annotated/validate-annotated-geojson';
import { annotateArticle } from '$lib/server/annotate-article';
import { expectGolden, geometrySummary, goldenCases, goldenInput } from '../../golden';

// Article text → the exported annotated GeoJSON, as `npm run analyze` prints it, validated as an
// import validates it. Outlines are kept as their size and bounds in the golden (thousands of
// positions would drown the diff); the whole export, outlines included, must validate.
// `regression-pinched-goias-ring`: Goiás's outline passed through one position twice, and so
// its export would not import, until `npm run geodata` split such rings (geodata/SOURCES.md).
const folder = 'tests/fixtures/export';

const withOutlinesSummarised = (collection: AnnotatedGeoJson) => ({
  ...collection,
  features: collection.features.map((feature) => ({
    ...feature,
    geometry: geometrySummary(feature.geometry)
  }))
});

describe('export golden fixtures: article text → validated annotated GeoJSON', () => {
  it('has cases', () => expect(goldenCases(folder).length).toBeGreaterThan(0));

  for (const name of goldenCases(folder)) {
    it(name, () => {
      const exported = JSON.parse(
        JSON.stringify(annotateArticle(goldenInput(folder, name)))
      ) as AnnotatedGeoJson;
      expect(validateAnnotatedGeoJson(exported)).toMatchObject({ ok: true });
      expectGolden(folder, name, withOutlinesSummarised(exported));
    });
  }
});
