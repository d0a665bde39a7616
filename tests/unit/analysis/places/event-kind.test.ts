import { describe, expect, it } from 'vitest';
import eventKindWords from '../../../../geodata/knowledge/event-kinds.json';
import { eventKinds } from '../../../../src/lib/analysis/event-kinds';
import { withEventKinds } from '../../../../src/lib/analysis/places/event-kind';
import { findPlaces } from '../../../../src/lib/analysis/places/find-places';
import { testGazetteer } from './test-gazetteer';

/** Each place as "name: roles / kind", in order of first mention. */
function eventsOf(text: string): Record<string, string> {
  const { places, dateline } = findPlaces(text, testGazetteer);
  return Object.fromEntries(
    withEventKinds(text, places, dateline).map((place) => [
      place.name,
      `${[...new Set(place.mentions.map((m) => m.role))].join(',')} / ${place.event ?? '-'}`
    ])
  );
}

describe('event kinds', () => {
  it('has words for every kind, and only for the kinds', () => {
    expect(Object.keys(eventKindWords.words).sort()).toEqual([...eventKinds].sort());
    expect([...eventKindWords.order].sort()).toEqual([...eventKinds].sort());
  });

  it('gives struck places the kind attack', () => {
    const events = eventsOf('Missiles struck Kharkiv on Tuesday, killing five people, officials said.');
    expect(events['Kharkiv']).toBe('struck / attack');
  });

  it('reads a disaster from its sentence: plain mentions there are affected, origins are not', () => {
    const events = eventsOf(
      'A strong earthquake shook central Chile on Sunday, damaging homes in Quilpué. ' +
        'Rescue teams from Odesa arrived on Monday, and a storm flooded roads bound for Odesa.'
    );
    expect(events['Chile']).toBe('event / disaster');
    expect(events['Quilpué']).toBe('event / disaster');
    expect(events['Odesa']).toBe('mentioned / -');
  });

  it('does not call a town a storm hit a struck place', () => {
    const events = eventsOf('The storm hit Tyre overnight, the weather office said.');
    expect(events['Tyre']).toBe('event / disaster');
  });

  it('reads protests and fighting from the nearest word', () => {
    expect(eventsOf('Militants attacked protesters in Odesa on Friday.')['Odesa']).toBe('struck / protest');
    expect(eventsOf('Heavy fighting was reported near Pokrovsk on Monday.')['Pokrovsk']).toBe(
      'event / fighting'
    );
    expect(eventsOf('Thousands fled Mariupol as troops captured Kherson on Monday.')).toMatchObject({
      Kherson: 'event / fighting'
    });
  });

  it('gives meeting places the kind talks', () => {
    expect(eventsOf('The two ministers held talks in Paris on Friday.')['Paris']).toBe('meeting / talks');
  });

  it('leaves stories with no event word as they were', () => {
    const text = 'Officials in Paris said the budget would be published in March.';
    const { places, dateline } = findPlaces(text, testGazetteer);
    expect(withEventKinds(text, places, dateline)).toEqual(places);
  });
});
