import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFigures } from '$lib/analysis/figures/find-figures';
import type { ResolvedPlace } from '$lib/analysis/types';

const seed = readFileSync('src/lib/demo/seed.txt', 'utf8');
const values = (text: string) => findFigures(text, []).map((f) => [f.text, f.value, f.approx]);

describe('findFigures', () => {
  it('finds every figure of the seed with its value', () => {
    expect(findFigures(seed, []).map((f) => [f.start, f.value, f.approx])).toEqual([
      [665, [10000, 99999], true],
      [704, [1000000, 99999999], true],
      [1538, 3, false],
      [1713, 4, false],
      [1929, 3, false],
      [1954, 100000, true],
      [2067, 6, false],
      [2407, 0.2, true]
    ]);
  });

  it('reads hedges, scales and counted nouns', () => {
    expect(
      values('Officials said at least five people died and over 100,000 households lost power.')
    ).toEqual([
      ['at least five people', 5, true],
      ['over 100,000 households', 100000, true]
    ]);
    expect(values('Nearly 12 million have fled.')).toEqual([['Nearly 12 million', 12000000, true]]);
  });

  it('reads money, percentages, fractions and measures', () => {
    expect(
      findFigures('The bill is $2.5 billion, up 12% on a village 43 miles away.', []).map((f) => [
        f.value,
        f.unit
      ])
    ).toEqual([
      [2500000000, 'USD'],
      [12, '%'],
      [43, 'mi']
    ]);
    expect(values('Almost half of them left; two-thirds stayed.')).toEqual([
      ['Almost half', 0.5, true],
      ['two-thirds', 2 / 3, false]
    ]);
  });

  it('marks a converted measure in brackets approximate', () => {
    expect(values('It lies 70 kilometers (43 miles) away.')).toEqual([
      ['70 kilometers', 70, false],
      ['43 miles', 43, true]
    ]);
  });

  it('reads vague magnitudes as ranges', () => {
    expect(values('Hundreds of people and thousands of cars; tens of thousands fled.')).toEqual([
      ['Hundreds of people', [100, 999], true],
      ['thousands of cars', [1000, 99999], true],
      ['tens of thousands', [10000, 99999], true]
    ]);
  });

  it('skips dates, times, years, ages, durations and "one of"', () => {
    const text =
      'On October 26, 2023, at 5:30, a 45-year-old man, aged 45, ended an 18-month siege after three days; ' +
      'it was one of the worst.';
    expect(findFigures(text, [])).toEqual([]);
  });

  it('counts an ordinal only for repeated events', () => {
    expect(values('The 18th sanctions package passed on its 3rd reading by the 47th Brigade.')).toEqual([
      ['18th sanctions package', 18, false]
    ]);
  });

  it('attaches the place named in the sentence, or the collective whose span it is', () => {
    const places: ResolvedPlace[] = [
      place('country:UA', 'country', [[0, 7]]),
      place('set:east', 'collective', [[35, 50]])
    ];
    const figures = findFigures('Ukraine said six people died. Its six regions were hit.', places);
    expect(figures.map((f) => f.places)).toEqual([['country:UA'], ['set:east']]);
  });
  it('keeps a percentage as written and never counts a possessive or a pronoun', () => {
    const figures = findFigures(
      "About 90% of the region's 1.2 million people fled; a third of it burned.",
      []
    );
    expect(figures.map((f) => [f.text, f.value, f.counts])).toEqual([
      ['About 90%', 90, 'people'],
      ['1.2 million people', 1200000, 'people'],
      ['a third', 1 / 3, '']
    ]);
    expect(values('Prices rose 90 percent.')).toEqual([['90 percent', 90, false]]);
  });

  it('reads age limits as ages', () => {
    expect(values('Children under 5 and people over 65 get 2 doses.')).toEqual([['2 doses', 2, false]]);
  });
});

function place(id: string, kind: ResolvedPlace['kind'], spans: [number, number][]): ResolvedPlace {
  return {
    id,
    kind,
    name: id,
    ref: { country: 'UA' },
    confidence: 1,
    alternatives: [],
    mentions: spans.map(([start, end]) => ({ start, end, text: '', literal: true, role: 'mentioned' }))
  };
}
