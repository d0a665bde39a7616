import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../src/lib/analysis/places/find-places';
import { findDateline } from '../../../../src/lib/analysis/places/find-dateline';
import { tagged } from './place-helpers';
import { testGazetteer } from './test-gazetteer';

const roleOf = (text: string, mention: string) =>
  findPlaces(text, testGazetteer)
    .places.flatMap((p) => p.mentions)
    .find((m) => m.text === mention)?.role;

describe('rules that generalise beyond the dev articles', () => {
  it('reads a place after a preposition and a compass word as a location, not a subject', () => {
    expect(tagged('Air raids on southern Lebanon killed nine people.')).toContain('Lebanon → country:LB');
    expect(tagged('Shelling in eastern Ukraine wounded two.')).toContain('Ukraine → country:UA');
    expect(tagged('Lebanon said the raids must stop.')).toContain('Lebanon → country:LB (actor)');
  });

  it('makes the names after "the towns of" populated places, the whole list included', () => {
    expect(tagged('Raids hit the towns of Nabatieh and Tyre on Monday.')).toEqual([
      'Nabatieh → geonames:278913',
      'Tyre → geonames:267008'
    ]);
  });

  it('makes the name after "the province of" a first-level unit', () => {
    expect(tagged('Clashes broke out in the southern province of Sweida.')).toEqual([
      'Sweida → admin1:SY-SU'
    ]);
  });

  it('prefers a first-level unit to a small namesake town outside it', () => {
    expect(tagged('Fires spread across California and Oregon.')).toEqual([
      'California → admin1:US-CA',
      'Oregon → admin1:US-OR'
    ]);
    expect(tagged('Snow fell in Oregon overnight.')).toEqual(['Oregon → admin1:US-OR']);
    // A town inside the unit it shares a name with keeps the bare name ("Kharkiv" is the city).
    expect(tagged('Drones hit Kharkiv overnight.')).toEqual(['Kharkiv → geonames:706483']);
  });

  it('does not join two clauses at ", and" into one list of actors', () => {
    expect(tagged('Talks were held in Istanbul, and Moscow said they had failed.')).toEqual([
      'Istanbul → geonames:745044',
      'Moscow → geonames:524901 (actor)'
    ]);
    expect(tagged('Drones hit Kharkiv, Sumy, and Kyiv overnight.')).toEqual([
      'Kharkiv → geonames:706483',
      'Sumy → geonames:692194',
      'Kyiv → geonames:703448'
    ]);
  });

  it('reads a subject across "and its allies"', () => {
    expect(tagged('Ukraine and its Western allies say Russia must withdraw.')).toEqual([
      'Ukraine → country:UA (actor)',
      'Russia → country:RU (actor)'
    ]);
  });

  it('keeps a town that ends an inverted attribution ("in Tawila, said X")', () => {
    expect(tagged('Sudanese families fled to camps in Tawila, said an aid worker.')).toContain(
      'Tawila → curated:tawila'
    );
  });

  it('makes a place struck when an attack verb earlier in its clause governs it', () => {
    const text =
      'Russians attacked energy and gas facilities in Kharkiv, Sumy and Kyiv, officials in Odesa said.';
    expect(roleOf(text, 'Kharkiv')).toBe('struck');
    expect(roleOf(text, 'Kyiv')).toBe('struck');
    expect(roleOf(text, 'Odesa')).toBe('mentioned');
    expect(roleOf('Officials in Moscow met envoys from Kyiv.', 'Kyiv')).not.toBe('struck');
  });

  it('takes the agency from a sign-off or a TASS dateline', () => {
    expect(findPlaces('MOSCOW: Russia said no.\n\n– AFP', testGazetteer).dateline?.agency).toBe('AFP');
    expect(findDateline('MOSCOW, August 14. /TASS/. Air defences downed drones.')?.dateline).toMatchObject({
      place: 'MOSCOW',
      agency: 'TASS'
    });
  });
});
