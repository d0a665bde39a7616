import { describe, expect, it } from 'vitest';
import { tagged } from './place-helpers';

describe('place spans', () => {
  it('includes a singular head noun and drops the possessive', () => {
    expect(tagged('Shelling hit the Kharkiv region and Russia’s Belgorod Oblast.')).toEqual([
      'Kharkiv region → admin1:UA-63',
      'Russia → country:RU',
      'Belgorod Oblast → admin1:RU-BEL'
    ]);
  });

  it('tags each name of a list bare, as admin-1, when a plural head noun closes it', () => {
    expect(tagged('Drones hit the Odesa and Mykolaiv regions.')).toEqual([
      'Odesa → admin1:UA-51',
      'Mykolaiv → admin1:UA-48'
    ]);
    expect(tagged('Power went out in Kharkiv, Kyiv, Sumy, and Dnipropetrovsk oblasts.')).toEqual([
      'Kharkiv → admin1:UA-63',
      'Kyiv → admin1:UA-32',
      'Sumy → admin1:UA-59',
      'Dnipropetrovsk → admin1:UA-12'
    ]);
  });

  it('tags a named facility as one span at its town', () => {
    expect(tagged('A fire broke out at the Novoshakhtinsk oil refinery overnight.')).toEqual([
      'Novoshakhtinsk oil refinery → curated:novoshakhtinsk-oil-refinery'
    ]);
  });

  it('tags a sub-unit with its head noun at its town', () => {
    expect(tagged('Power went out in the Shostka community, officials in Ukraine said.')).toEqual([
      'Shostka community → geonames:692372',
      'Ukraine → country:UA'
    ]);
  });

  it('leaves out place words inside organisation names and person names', () => {
    expect(tagged('The Kyiv Independent quoted the Bank of Russia.')).toEqual([]);
    expect(tagged('Local governor Alexander Gusev said Gusev was calm.')).toEqual([]);
    expect(tagged('Paris Hilton was not in Paris.')).toEqual(['Paris → geonames:2988507']);
  });

  it('never starts a span with "the" and never tags month names', () => {
    expect(tagged('The Black Sea was calm in May.')).toEqual(['Black Sea → curated:black-sea']);
  });

  it('splits hyphenated names only into known parts', () => {
    expect(tagged('The Russia-Ukraine war went on.')).toEqual([
      'Russia → country:RU',
      'Ukraine → country:UA'
    ]);
    expect(tagged('A pro-Russian blogger wrote.')).toEqual(['Russian → country:RU (demonym)']);
  });

  it('reads all-caps words only as country abbreviations', () => {
    expect(tagged('Aid from the UAE reached the WHO.')).toEqual(['UAE → country:AE']);
  });
});
