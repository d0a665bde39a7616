import { describe, expect, it } from 'vitest';
import { placeLocator } from '$lib/analysis/text/places-near-span';
import type { ResolvedPlace } from '$lib/analysis/types';

function place(id: string, kind: ResolvedPlace['kind'], spans: [number, number, boolean][]): ResolvedPlace {
  return {
    id,
    kind,
    name: id,
    ref: { country: 'UA' },
    confidence: 1,
    alternatives: [],
    mentions: spans.map(([start, end, literal]) => ({ start, end, text: '', literal, role: 'mentioned' }))
  };
}

//            0         1         2         3         4         5         6
//            0123456789012345678901234567890123456789012345678901234567890123
const text = 'Moscow demands four eastern regions. Strikes hit Odesa. Ukraine wept.';
const places = [
  place('city:moscow', 'city', [[0, 6, false]]),
  place('set:east', 'collective', [[15, 35, true]]),
  place('city:odesa', 'city', [[49, 54, true]]),
  place('country:UA', 'country', [
    [56, 63, true],
    [0, 0, true]
  ])
];
const sentences = [
  { start: 0, end: 36 },
  { start: 37, end: 55 },
  { start: 56, end: 69 }
];

describe('placeLocator', () => {
  const near = placeLocator(places, sentences);

  it('is tested on the offsets of its sample text', () => {
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Moscow demands four eastern regions.',
      'Strikes hit Odesa.',
      'Ukraine wept.'
    ]);
  });

  it('gives a collective reference for the figure that is its span', () => {
    expect(near({ start: 15, end: 35 })).toEqual(['set:east']);
  });

  it('prefers literal places in the span, then in the sentence, never the acting capital', () => {
    expect(near({ start: 0, end: 14 })).toEqual(['set:east']);
    expect(near({ start: 37, end: 44 })).toEqual(['city:odesa']);
  });

  it('falls back to the main country', () => {
    expect(placeLocator(places, [])({ start: 37, end: 44 })).toEqual(['country:UA']);
  });

  it('looks back to the last place named when a sentence has none of its own', () => {
    //              0         1         2         3         4         5         6         7
    //              01234567890123456789012345678901234567890123456789012345678901234567890123456
    const story = 'In Gaza, 60 died. Half the enclave fled. A third left.\n\nMore aid came. Odesa!';
    const gaza = place('region:gaza', 'region', [[3, 7, true]]);
    const odesa = place('city:odesa', 'city', [[71, 76, true]]);
    const israel = place('country:IL', 'country', [[0, 0, true]]);
    const spans = [
      { start: 0, end: 17 },
      { start: 18, end: 40 },
      { start: 41, end: 54 },
      { start: 56, end: 70 },
      { start: 71, end: 77 }
    ];
    expect(spans.map((s) => story.slice(s.start, s.end))).toEqual([
      'In Gaza, 60 died.',
      'Half the enclave fled.',
      'A third left.',
      'More aid came.',
      'Odesa!'
    ]);
    const locate = placeLocator([gaza, odesa, israel], spans, story);
    // "the enclave" refers back; the next sentence goes on in the same paragraph.
    expect(locate({ start: 18, end: 22 })).toEqual(['region:gaza']);
    expect(locate({ start: 41, end: 48 })).toEqual(['region:gaza']);
    // A new paragraph without a place or an anaphor falls back to the main country.
    expect(locate({ start: 56, end: 60 })).toEqual(['country:IL']);
  });
});
