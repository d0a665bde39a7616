import { describe, expect, it } from 'vitest';
import {
  claimsBySpeaker,
  quotePlaces,
  selectedPlaces,
  sidebarItems,
  speakers
} from '$lib/dashboard/selection';
import { annotatedFixture, fixtureIds } from './annotated-fixture';

const collection = annotatedFixture();

describe('selectedPlaces', () => {
  it('gives a claim’s, figure’s or place’s features', () => {
    expect(selectedPlaces(collection, { kind: 'claim', index: 0 })).toEqual([fixtureIds.south]);
    expect(selectedPlaces(collection, { kind: 'figure', index: 1 })).toEqual([fixtureIds.ukraine]);
    expect(selectedPlaces(collection, { kind: 'place', id: fixtureIds.geneva })).toEqual([fixtureIds.geneva]);
    expect(selectedPlaces(collection, { kind: 'place', id: 'geonames:0' })).toEqual([]);
    expect(selectedPlaces(collection, { kind: 'claim', index: 99 })).toEqual([]);
    expect(selectedPlaces(collection, null)).toEqual([]);
  });

  it('gives a quote the places it names (quotes carry none of their own)', () => {
    expect(quotePlaces(collection, 0)).toEqual([]);
    const withPlace = annotatedFixture();
    withPlace.quotes = [{ ...withPlace.claims[1]!, speaker: 'the army' }];
    expect(quotePlaces(withPlace, 0)).toEqual([fixtureIds.avdiivka, fixtureIds.donetsk, fixtureIds.russia]);
  });
});

describe('sidebarItems', () => {
  it('shows everything without filters', () => {
    expect(sidebarItems(collection, null, null)).toEqual({
      claims: [0, 1, 2, 3],
      quotes: [0],
      figures: [0, 1]
    });
  });

  it('keeps what concerns a place: its claims and figures', () => {
    expect(sidebarItems(collection, fixtureIds.avdiivka, null)).toEqual({
      claims: [1],
      quotes: [],
      figures: []
    });
    expect(sidebarItems(collection, fixtureIds.threeRegions, null)).toEqual({
      claims: [2],
      quotes: [],
      figures: [0]
    });
  });

  it('keeps what a speaker says', () => {
    expect(sidebarItems(collection, null, 'Moscow')).toEqual({ claims: [0], quotes: [], figures: [] });
    expect(sidebarItems(collection, null, 'Volodymyr Zelensky')).toEqual({
      claims: [],
      quotes: [0],
      figures: []
    });
  });
});

describe('speakers', () => {
  it('lists who speaks, in order of appearance', () => {
    expect(speakers(collection)).toEqual(['Moscow', 'the army', 'officials', 'Volodymyr Zelensky', 'AFP']);
    expect(claimsBySpeaker(collection, [0, 1, 3])).toEqual([
      ['Moscow', [0]],
      ['the army', [1]],
      ['AFP', [3]]
    ]);
  });
});

describe('sidebarItems for a place that speaks', () => {
  it('keeps the claims and quotes the place is the speaker of, whatever they are about', () => {
    const spoken = annotatedFixture();
    // A quote spoken by Moscow whose words name no place and sit in no claim about Moscow.
    spoken.quotes = [...spoken.quotes, { ...spoken.quotes[0]!, speaker: 'Moscow' }];
    const moscowQuote = spoken.quotes.length - 1;
    expect(sidebarItems(spoken, fixtureIds.moscow, null).quotes).toContain(moscowQuote);
    expect(sidebarItems(spoken, fixtureIds.kyiv, null).quotes).not.toContain(moscowQuote);
  });
});
