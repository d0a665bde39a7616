import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstIndex } from '$lib/analysis/places/first-index';
import { nearbyAnchors } from '$lib/analysis/places/nearby-anchors';
import type { Spot } from '$lib/analysis/places/spot';
import type { GazetteerEntry } from '$lib/geodata/types';

const entry = (id: string): GazetteerEntry => ({
  id,
  kind: 'city',
  name: id,
  country: 'UA',
  population: 1000,
  lon: 30,
  lat: 50
});

const spot = (start: number, key: string): Spot => ({
  start,
  end: start + key.length,
  firstWord: 0,
  lastWord: 0,
  key,
  candidates: [],
  head: null,
  hyphenPart: false,
  dateline: false,
  list: null
});

/** The pairwise scan the index replaced: every other anchored spot within reach, in spot order. */
function pairwiseAnchors(
  spots: readonly Spot[],
  anchors: readonly (GazetteerEntry | null)[],
  reach: number,
  k: number
): GazetteerEntry[] {
  return spots.flatMap((s, j) =>
    j !== k && s.key !== spots[k]!.key && Math.abs(s.start - spots[k]!.start) < reach && anchors[j]
      ? [anchors[j]!]
      : []
  );
}

describe('nearbyAnchors', () => {
  it('gives each spot the anchors of other names within reach, in spot order', () => {
    // The dateline spot comes first in the list though it is not first in the text.
    const spots = [
      spot(500, 'kyiv'),
      spot(0, 'lviv'),
      spot(120, 'odesa'),
      spot(899, 'kharkiv'),
      spot(900, 'dnipro'),
      spot(950, 'dnipro')
    ];
    const anchors = [
      entry('Kyiv'),
      entry('Lviv'),
      null,
      entry('Kharkiv'),
      entry('Dnipro'),
      entry('Dnipro 2')
    ];
    const near = nearbyAnchors(spots, anchors, 400);
    const ids = (k: number) => near(k).map((e) => e.id);
    // Spot order, not text order.
    expect(ids(2)).toEqual(['Kyiv', 'Lviv']);
    // 400 characters apart is out of reach.
    expect(ids(0)).toEqual(['Kharkiv']);
    expect(ids(3)).toEqual(['Kyiv', 'Dnipro', 'Dnipro 2']);
    // A name never anchors another mention of the same name.
    expect(ids(4)).toEqual(['Kharkiv']);
  });

  it('agrees with the pairwise scan on any spots (same entries, same order)', () => {
    const spots = fc.array(
      fc.record({ start: fc.nat(3000), key: fc.constantFrom('a', 'b', 'c', 'd'), anchored: fc.boolean() }),
      { maxLength: 60 }
    );
    fc.assert(
      fc.property(spots, fc.integer({ min: 1, max: 800 }), (drawn, reach) => {
        const list = drawn.map((d) => spot(d.start, d.key));
        const anchors = drawn.map((d, j) => (d.anchored ? entry(`e${j}`) : null));
        const near = nearbyAnchors(list, anchors, reach);
        for (let k = 0; k < list.length; k++)
          expect(near(k)).toEqual(pairwiseAnchors(list, anchors, reach, k));
      }),
      { seed: 20261203, numRuns: 300 }
    );
  });
});

describe('firstIndex', () => {
  it('finds where a monotone condition starts to hold', () => {
    expect(firstIndex([1, 4, 4, 9], (n) => n >= 4)).toBe(1);
    expect(firstIndex([1, 4, 4, 9], (n) => n > 4)).toBe(3);
    expect(firstIndex([1, 4], (n) => n > 9)).toBe(2);
    expect(firstIndex([], () => true)).toBe(0);
  });
});
