import { describe, expect, it } from 'vitest';
import { placeOf, tagged } from './place-helpers';

describe('resolution by document context', () => {
  it('prefers the town inside the admin-1 unit the article names', () => {
    const text = 'Troops pressed on in the Donetsk region. Pokrovsk was shelled again.';
    expect(placeOf(text, 'Pokrovsk')?.id).toBe('geonames:704422');
    expect(placeOf(text, 'Pokrovsk')?.alternatives.map((a) => a.id)).toContain('geonames:700000');
  });

  it('takes the big, in-focus Moscow over a small namesake', () => {
    expect(placeOf('Ukraine said Moscow had stalled the talks.', 'Moscow')?.id).toBe('geonames:524901');
  });

  it('reads a bare oblast name as the city unless context makes it the region', () => {
    expect(placeOf('Sirens sounded in Kharkiv and in Ukraine.', 'Kharkiv')?.id).toBe('geonames:706483');
    expect(placeOf('Fighting raged in Kharkiv Oblast.', 'Kharkiv Oblast')?.id).toBe('admin1:UA-63');
    expect(placeOf('Donetsk was shelled, Ukraine said.', 'Donetsk')?.id).toBe('geonames:709717');
  });

  it('reads a name the oblast kept but the city dropped as the oblast', () => {
    expect(placeOf('Ukraine said drones hit Dnipropetrovsk overnight.', 'Dnipropetrovsk')?.id).toBe(
      'admin1:UA-12'
    );
  });

  it('reads Kyiv in a list of regions as Kyiv Oblast', () => {
    expect(placeOf('Blackouts hit the Kyiv and Chernihiv regions.', 'Kyiv')?.ref).toEqual({
      admin1: 'UA-32'
    });
    expect(placeOf('Ukraine said Kyiv was calm.', 'Kyiv')?.ref).toEqual({ geonames: 703448 });
  });

  it('lets a place after a comma choose among namesakes', () => {
    expect(placeOf('He grew up in Paris, Texas, far from France.', 'Paris')?.id).toBe('geonames:4717560');
  });

  it('reads a state before a local title, not the country', () => {
    expect(placeOf('Georgia Gov. Brian Kemp spoke.', 'Georgia')?.id).toBe('admin1:US-GA');
  });

  it('reads a place after "the mayor of", "the governor of" or "residents of" as where the speaker is from', () => {
    expect(placeOf('The mayor of Kherson said the water was off.', 'Kherson')?.id).toBe('geonames:706448');
    expect(placeOf('The roads were shut, residents of Kherson told reporters.', 'Kherson')?.id).toBe(
      'geonames:706448'
    );
    expect(placeOf('The governor of Georgia said schools would close.', 'Georgia')?.id).toBe('admin1:US-GA');
    // Without the "of", a mid-sized town that speaks is someone's name.
    expect(placeOf('Kherson said the water was off.', 'Kherson')).toBeUndefined();
  });

  it('drops small, out-of-focus namesakes of outlets and ordinary words', () => {
    expect(tagged('In Ukraine, Baza wrote that the fire was out.')).toEqual(['Ukraine → country:UA']);
    expect(tagged('Security guarantees for Ukraine were discussed.')).toEqual(['Ukraine → country:UA']);
  });

  it('gives the dateline a mention and returns the dateline', () => {
    const text = 'MOSCOW: Officials in Russia said nothing.';
    expect(placeOf(text, 'MOSCOW')?.id).toBe('geonames:524901');
  });
});
