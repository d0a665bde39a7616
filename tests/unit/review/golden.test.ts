import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnnotatedGeoJson, AnnotatedGeometry } from '$lib/annotated/schema';
import { validateAnnotatedGeoJson } from '$lib/annotated/validate-annotated-geojson';
import { applyEdits } from '$lib/review/apply-edits';
import type { Edit } from '$lib/annotated/edit';
import { unitConcerns } from '$lib/review/unit-concerns';
import { lookup, seedAnalysis, storedEdits } from './seed-review';

// Golden cases: golden/<case>.edits.json (edits, stored as versions 1, 2, …) replayed on the seed
// analysis → golden/<case>.expected.json. `REGEN=1 npx vitest run tests/unit/review` rewrites the
// expected files; review the diff. A missing expected file fails unless REGEN is set.
const directory = join(import.meta.dirname, 'golden');
const cases = readdirSync(directory)
  .filter((name) => name.endsWith('.edits.json'))
  .map((name) => name.slice(0, -'.edits.json'.length));

/** Outlines as their size: thousands of coordinates would drown the diff. */
function geometrySummary(geometry: AnnotatedGeometry | null) {
  if (!geometry || geometry.type === 'Point') return geometry;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return { type: geometry.type, polygons: polygons.length, positions: polygons.flat(2).length };
}

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
      const edits = JSON.parse(readFileSync(join(directory, `${name}.edits.json`), 'utf8')) as Edit[];
      const effective = applyEdits(seedAnalysis(), storedEdits(edits), lookup);
      expect(validateAnnotatedGeoJson(JSON.parse(JSON.stringify(effective)))).toMatchObject({ ok: true });
      const actual = JSON.parse(JSON.stringify(summary(effective)));
      const expectedPath = join(directory, `${name}.expected.json`);
      if (process.env.REGEN) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(existsSync(expectedPath), `${expectedPath} is missing: run with REGEN=1`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
