import { describe, expect, it } from 'vitest';
import { validateAnnotatedGeoJson } from '$lib/annotated/validate-annotated-geojson';
import { drawn, seedAnalysis } from '../review/seed-review';

/** The seed's export as plain JSON (not frozen), to be spoiled by each test. */
const seedExport = () => JSON.parse(JSON.stringify(drawn(seedAnalysis()))) as Record<string, unknown>;
const reasons = (value: unknown) => {
  const result = validateAnnotatedGeoJson(value);
  return result.ok ? [] : result.reasons;
};

// Building the hostile values takes seconds on a loaded machine; nothing here is timed.
describe('validateAnnotatedGeoJson on hostile exports', { timeout: 60_000 }, () => {
  it('refuses millions of empty features with a few reasons and the count of the rest', () => {
    // The reproduction of issue 10: 2.8 million `{}` once built an answer of every problem.
    const found = reasons({
      type: 'FeatureCollection',
      features: Array.from({ length: 2_800_000 }, () => ({}))
    });
    expect(found.length).toBe(6);
    expect(found[0]).toMatch(/^article: /);
    expect(found.at(-1)).toMatch(/^and at least 9\d more problems \(checking stopped after 100\)$/);
  });

  it('stops inside one member too: a million bad mentions, a ring of a million bad positions', () => {
    const seed = seedExport();
    const features = seed.features as { properties: { mentions: unknown[] }; geometry: unknown }[];
    features[0]!.properties.mentions = Array.from({ length: 1_000_000 }, () => ({ start: 'x' }));
    features[1]!.geometry = { type: 'Polygon', coordinates: [Array.from({ length: 1_000_000 }, () => [])] };
    const found = reasons(seed);
    expect(found.length).toBe(6);
    expect(found[0]).toMatch(/^features\.0\.properties\.mentions\.0\.start: /);
    expect(found.at(-1)).toMatch(/checking stopped after 100/);
  });

  it('counts the rest exactly when there are few', () => {
    const seed = seedExport();
    const quotes = seed.quotes as { start: number }[];
    for (const quote of quotes.slice(0, 7)) quote.start = -1;
    const found = reasons(seed);
    expect(found).toHaveLength(6);
    expect(found.at(-1)).toBe('and 2 more problems');
  });

  it('names unknown keys without listing thousands of them', () => {
    const seed = seedExport();
    for (let i = 0; i < 100_000; i++) seed[`extra${i}`] = i;
    const [first] = reasons(seed);
    expect(first).toMatch(/^\(root\): unrecognized keys \(100000\): extra0, extra1/);
    expect(first!.length).toBeLessThanOrEqual(300);
  });

  it('refuses a ring that meets itself, saying where, and one too complex to check', () => {
    const seed = seedExport();
    const features = seed.features as { geometry: unknown }[];
    const bowtie = [
      [30, 50],
      [31, 51],
      [31, 50],
      [30, 51],
      [30, 50]
    ];
    features[0]!.geometry = { type: 'MultiPolygon', coordinates: [[bowtie]] };
    expect(reasons(seed)).toEqual([
      'features[0].geometry polygon 0 ring 0: ring intersects itself near [30.5, 50.5]'
    ]);
    // A comb whose every edge spans the same longitudes: each pair would be compared.
    const comb: number[][] = [];
    for (let i = 0; i < 20_000; i++) comb.push([i % 2 ? 31 : 30, 40 + i / 1000]);
    comb.push([29, 59.999], [29, 40], [30, 40]);
    features[0]!.geometry = { type: 'Polygon', coordinates: [comb] };
    expect(reasons(seed)).toEqual([
      'features[0].geometry ring 0: ring is too complex to check for self-intersection (too many overlapping edges)'
    ]);
  });

  it('still accepts a valid export', () => {
    expect(validateAnnotatedGeoJson(seedExport())).toMatchObject({ ok: true });
  });
});
