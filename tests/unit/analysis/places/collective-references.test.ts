import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../src/lib/analysis/places/find-places';
import { testGazetteer } from './test-gazetteer';

const collectives = (text: string) =>
  findPlaces(text, testGazetteer)
    .places.filter((p) => p.kind === 'collective')
    .map((p) => ({
      text: p.mentions[0]?.text,
      id: p.id,
      ref: p.ref,
      count: p.count,
      review: p.needsReview !== undefined
    }));

describe('collective references', () => {
  it('names the four regions Russia claims from a counted, qualified phrase', () => {
    const [found] = collectives('Moscow wants Ukraine to leave four partially occupied eastern regions.');
    expect(found).toMatchObject({
      text: 'four partially occupied eastern regions',
      id: 'set:UA-09+UA-14+UA-23+UA-65',
      count: 4,
      review: false
    });
    expect(found?.ref).toMatchObject({ set: ['UA-14', 'UA-09', 'UA-23', 'UA-65'], named_in_text: false });
  });

  it('flags a count that does not fit the set', () => {
    const [found] = collectives('Russia demands that Ukraine cede three occupied regions.');
    expect(found).toMatchObject({ count: 3, review: true });
  });

  it('leaves a counted set it cannot name unresolved, with the count', () => {
    expect(collectives('Russia hit energy sites in six regions of Ukraine.')).toEqual([
      {
        text: 'six regions',
        id: expect.stringMatching(/^unresolved:/),
        ref: { unresolved: 'six regions, not named in the text', count: 6 },
        count: 6,
        review: true
      }
    ]);
  });

  it('does not read a count larger than any country has units as a set (found by fuzzing)', () => {
    expect(collectives('Officials said 43146389428341447304 regions were hit.')).toEqual([]);
    expect(collectives('Drones struck 1200 regions, the post claimed.')).toEqual([]);
    expect(collectives('Drones struck 12 regions overnight.')).toMatchObject([{ count: 12 }]);
  });

  it('resolves "these regions" and "the two regions" to the list before them', () => {
    const text = 'Drones hit the Odesa and Mykolaiv regions. Power in the two regions was cut.';
    expect(collectives(text)).toMatchObject([
      { text: 'the two regions', ref: { set: ['UA-51', 'UA-48'], named_in_text: true }, count: 2 }
    ]);
    expect(collectives('Kharkiv region and Sumy region were hit. Both regions lost power.')).toMatchObject([
      { text: 'Both regions', ref: { set: ['UA-63', 'UA-59'], named_in_text: true } }
    ]);
  });

  it('reads national, vague and border sets as unresolved', () => {
    const found = collectives(
      'Russia kept attacking Ukrainian cities and villages, several communities and border regions.'
    );
    expect(found.map((f) => f.text)).toEqual([
      'Ukrainian cities and villages',
      'several communities',
      'border regions'
    ]);
    expect(found.every((f) => 'unresolved' in f.ref && f.review)).toBe(true);
  });

  it('keeps the demonym inside a collective out of the demonyms', () => {
    const { places } = findPlaces('Ukraine said Ukrainian cities were hit.', testGazetteer);
    expect(places.flatMap((p) => p.mentions).filter((m) => m.demonym)).toEqual([]);
  });

  it('names known groups of countries', () => {
    expect(collectives('Jets from the Baltic states took off.')).toMatchObject([
      { text: 'Baltic states', ref: { set: ['EE', 'LV', 'LT'], named_in_text: false } }
    ]);
  });

  it('does not read a list head noun or a singular noun as a collective', () => {
    expect(collectives('Shelling hit the Kharkiv and Sumy regions and a region nearby.')).toEqual([]);
  });
});
