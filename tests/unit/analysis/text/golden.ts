import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/** The case names of a golden-fixture folder: every `<case>.txt` in it. */
export function goldenCases(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -4))
    .sort();
}

/** The text of one case. */
export function goldenInput(folder: string, name: string): string {
  return readFileSync(join(folder, `${name}.txt`), 'utf8');
}

/**
 * Compares `actual` with `<case>.expected.json`; with REGEN=1 rewrites the file instead, to be
 * reviewed as a diff. A missing expected file fails.
 */
export function expectGolden(folder: string, name: string, actual: unknown): void {
  const file = join(folder, `${name}.expected.json`);
  const json = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.REGEN === '1') {
    writeFileSync(file, json);
    return;
  }
  if (!existsSync(file)) throw new Error(`${file} is missing; run with REGEN=1 and review it`);
  expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}
