import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../src/lib/analysis/places/find-places';
import { placeOf, tagged } from './place-helpers';
import { testGazetteer } from './test-gazetteer';

describe('context rules', () => {
  it('finds the dateline after a title-case headline and reads the headline words with care', () => {
    const text = 'Security Talks Stall As Drones Hit Kharkiv\nKYIV (Reuters) - Russia attacked Ukraine.';
    const { dateline } = findPlaces(text, testGazetteer);
    expect(dateline?.text).toBe('KYIV (Reuters) -');
    expect(tagged(text)).toEqual([
      'Kharkiv → geonames:706483',
      'KYIV → geonames:703448',
      'Russia → country:RU (actor)',
      'Ukraine → country:UA'
    ]);
  });

  it('places an unknown named district at the town it belongs to', () => {
    const place = placeOf(
      'Debris fell in Kharkiv’s Saltivskyi district, Ukraine said.',
      'Saltivskyi district'
    );
    expect(place).toMatchObject({ kind: 'region', point: [36.25, 50] });
    expect(place?.needsReview).toMatch(/Kharkiv/);
  });

  it('skips place words in sports clubs and fixed non-place names', () => {
    expect(tagged('Dynamo Kyiv beat Real Madrid as Brent crude rose.')).toEqual([]);
  });

  it('reads a subject across an appositive', () => {
    expect(tagged('Poland, a neighbour of Ukraine, closed its border.')).toEqual([
      'Poland → country:PL (actor)',
      'Ukraine → country:UA'
    ]);
  });

  it('reads a possessor of an official or a body named after the possessive as an actor', () => {
    expect(tagged('Ukraine’s Naftogaz said repairs were under way.')).toEqual([
      'Ukraine → country:UA (actor)'
    ]);
    expect(tagged('Ukraine’s bid to join the bloc stalled.')).toEqual(['Ukraine → country:UA (actor)']);
  });

  it('reads "the two countries" without a list as the two the article is most about', () => {
    const text =
      'Russia hit Ukraine. Russia said Ukraine lied. Talks in Istanbul between the two countries failed.';
    const set = findPlaces(text, testGazetteer).places.find((p) => p.kind === 'collective');
    expect(set?.id).toBe('set:RU+UA');
  });

  it('reads compass and border qualifiers as collective, nearby ones not', () => {
    const places = findPlaces(
      'Russia struck western regions and nearby villages of Ukraine.',
      testGazetteer
    ).places;
    expect(places.filter((p) => p.kind === 'collective').map((p) => p.mentions[0]?.text)).toEqual([
      'western regions'
    ]);
  });
});
