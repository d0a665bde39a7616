import { describe, expect, it } from 'vitest';
import { findPlaces } from '$lib/analysis/places/find-places';
import { loadGazetteer } from '$lib/geodata/load-gazetteer';

// The shipped gazetteer (geodata/gazetteer.tsv), on sentences written for these tests.
const gazetteer = loadGazetteer();
const tagged = (text: string) =>
  findPlaces(text, gazetteer).places.map((place) => `${place.mentions[0]?.text} → ${place.id}`);

describe('the world gazetteer on small towns', () => {
  it('places a town of 5,000+ people that is no administrative seat, outside the conflict countries', () => {
    expect(tagged('Rescuers reached Túcume in northern Peru after the mudslide buried the road.')).toEqual([
      'Túcume → geonames:3691161',
      'Peru → country:PE'
    ]);
  });

  it('places a third-level seat GeoNames gives no population', () => {
    expect(tagged('A fire gutted the market in Amizmiz, Morocco, on Friday.')).toContain(
      'Amizmiz → geonames:2558052'
    );
  });

  it('still makes no places of capitalised common words that small towns are named after', () => {
    expect(
      tagged('Hope faded on Sunday. Aid workers said Progress was slow and Security was tight.')
    ).toEqual([]);
  });
});
