import { describe, expect, it } from 'vitest';
import { tagged } from './place-helpers';

describe('demonyms', () => {
  it('tags country adjectives and nationality nouns on their country', () => {
    expect(tagged('Russian forces and Ukrainians met Turkish and Sudanese envoys.')).toEqual([
      'Russian → country:RU (demonym)',
      'Ukrainians → country:UA (demonym)',
      'Turkish → country:TR (demonym)',
      'Sudanese → country:SD (demonym)'
    ]);
  });

  it('tags the country part of hyphenated words and prefers multi-word demonyms', () => {
    expect(tagged('A pro-Russian group met South Sudanese and Sudanese officials.')).toEqual([
      'Russian → country:RU (demonym)',
      'South Sudanese → country:SS (demonym)',
      'Sudanese → country:SD (demonym)'
    ]);
  });

  it('does not tag European, Western or Arab', () => {
    expect(tagged('European and Western leaders met Arab envoys.')).toEqual([]);
  });

  it('does not tag a demonym inside a place span', () => {
    expect(tagged('Staff at the Saudi Hospital in Mariupol fled.')).toEqual([
      'Saudi Hospital → curated:saudi-hospital',
      'Mariupol → geonames:701822'
    ]);
  });
});
