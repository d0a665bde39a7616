// The one golden harness (Turf's and Observable Framework's habit): a case's input beside its
// `<case>.expected.json`, compared as JSON.
//   REGEN=1            rewrites every expected file it reaches; review them as a diff.
//   a mismatch         writes `<case>.changed.json` beside it (git-ignored) and fails; diff the two.
//   a missing golden   is written and passes, to be reviewed and committed, except under CI=true,
//                      where it fails (a fresh clone must never make up its own expectations).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';

/** The case names of a golden folder: every `<case><suffix>` in it, sorted. */
export function goldenCases(folder: string, suffix = '.txt'): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(suffix))
    .map((name) => name.slice(0, -suffix.length))
    .sort();
}

/** The text of one case's input, `<case><suffix>`. */
export function goldenInput(folder: string, name: string, suffix = '.txt'): string {
  return readFileSync(join(folder, `${name}${suffix}`), 'utf8');
}

/** What became of one comparison. */
export type GoldenOutcome = 'same' | 'regenerated' | 'written' | 'changed' | 'missing';

type Environment = { REGEN?: string; CI?: string };

/**
 * Compares `actual` (as JSON) with `<folder>/<name>.expected.json` under the rules above and says
 * what happened; files are written as the rules say, and a stale `.changed.json` is removed.
 */
export function compareGolden(
  folder: string,
  name: string,
  actual: unknown,
  environment: Environment = process.env
): GoldenOutcome {
  const expectedFile = join(folder, `${name}.expected.json`);
  const changedFile = join(folder, `${name}.changed.json`);
  const json = `${JSON.stringify(actual, null, 2)}\n`;
  rmSync(changedFile, { force: true });
  if (environment.REGEN === '1') {
    writeFileSync(expectedFile, json);
    return 'regenerated';
  }
  if (!existsSync(expectedFile)) {
    if (environment.CI === 'true') return 'missing';
    writeFileSync(expectedFile, json);
    return 'written';
  }
  if (isDeepStrictEqual(JSON.parse(json), JSON.parse(readFileSync(expectedFile, 'utf8')))) return 'same';
  writeFileSync(changedFile, json);
  return 'changed';
}

/** `compareGolden` as an assertion: a changed golden fails with vitest's diff and what to do. */
export function expectGolden(
  folder: string,
  name: string,
  actual: unknown,
  environment: Environment = process.env
): void {
  const outcome = compareGolden(folder, name, actual, environment);
  const expectedFile = join(folder, `${name}.expected.json`);
  if (outcome === 'changed') {
    const message = `${expectedFile} differs: the output is in ${name}.changed.json beside it; if the change is right, rerun with REGEN=1`;
    expect(JSON.parse(JSON.stringify(actual)), message).toEqual(
      JSON.parse(readFileSync(expectedFile, 'utf8'))
    );
    throw new Error(message); // equal as vitest compares, unequal as JSON (an undefined member): still a change
  }
  if (outcome === 'missing')
    throw new Error(
      `${expectedFile} is missing (CI): run the test locally or with REGEN=1, review and commit it`
    );
}

type Geometry =
  { type: 'Point'; coordinates: number[] } | { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown[] };

/** An outline as its size and bounds, a point as it is: for goldens a reviewer reads. */
export function geometrySummary(geometry: Geometry | null) {
  if (!geometry || geometry.type === 'Point') return geometry;
  const polygons = (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  ) as number[][][][];
  const positions = polygons.flat(2);
  const longitudes = positions.map((position) => position[0]!);
  const latitudes = positions.map((position) => position[1]!);
  const bbox = [
    Math.min(...longitudes),
    Math.min(...latitudes),
    Math.max(...longitudes),
    Math.max(...latitudes)
  ];
  return { type: geometry.type, polygons: polygons.length, positions: positions.length, bbox };
}
