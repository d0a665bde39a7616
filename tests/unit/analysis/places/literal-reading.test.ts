import { describe, expect, it } from 'vitest';
import { tagged } from './place-helpers';

describe('literal reading', () => {
  it('reads a country or capital as an actor when it is the subject of a verb', () => {
    expect(tagged('Russia has firmly rejected the plan.')).toEqual(['Russia → country:RU (actor)']);
    expect(tagged('Talks stalled as Moscow demands more land.')).toEqual([
      'Moscow → geonames:524901 (actor)'
    ]);
    expect(tagged('It is a deal which Kyiv has rejected.')).toEqual(['Kyiv → geonames:703448 (actor)']);
  });

  it('reads a place after a preposition as literal', () => {
    expect(tagged('Guarantees for Ukraine remain vague.')).toEqual(['Ukraine → country:UA']);
    expect(tagged('Aid reached people across Ukraine.')).toEqual(['Ukraine → country:UA']);
  });

  it('reads a passive subject as literal, a progressive one as acting', () => {
    expect(tagged('Ukraine was attacked overnight.')).toEqual(['Ukraine → country:UA']);
    expect(tagged('Officials said Russia was blocking the deal.')).toEqual(['Russia → country:RU (actor)']);
  });

  it('reads agents of by-phrases and objects of accusations as actors', () => {
    expect(tagged('Prisoners held by Russia were freed.')).toEqual(['Russia → country:RU (actor)']);
    expect(tagged('Mediation was provided by the United Arab Emirates.')).toEqual([
      'United Arab Emirates → country:AE (actor)'
    ]);
    expect(tagged('He accused Russia of lying.')).toEqual(['Russia → country:RU (actor)']);
  });

  it('reads a possessor by what it possesses', () => {
    expect(tagged('Ukraine’s energy ministry reported outages.')).toEqual(['Ukraine → country:UA (actor)']);
    expect(tagged('The strikes damaged Ukraine’s civilian infrastructure.')).toEqual([
      'Ukraine → country:UA'
    ]);
    expect(tagged('The governor of Russia’s Rostov region spoke.')).toEqual([
      'Russia → country:RU',
      'Rostov region → admin1:RU-ROS'
    ]);
    expect(tagged('Russia’s morning attack on Kharkiv left thousands cold.')).toEqual([
      'Russia → country:RU (actor)',
      'Kharkiv → geonames:706483'
    ]);
  });

  it('reads every name of a coordinated subject alike', () => {
    expect(tagged('Mediators in Paris and Kyiv pushed for a truce.')).toEqual([
      'Paris → geonames:2988507',
      'Kyiv → geonames:703448'
    ]);
    expect(tagged('Russia and Ukraine have agreed to talk.')).toEqual([
      'Russia → country:RU (actor)',
      'Ukraine → country:UA (actor)'
    ]);
  });

  it('always reads the Kremlin and "<capital> time" as actors', () => {
    expect(tagged('Inside the Kremlin walls, at noon Moscow time.')).toEqual([
      'Kremlin → curated:kremlin (actor)',
      'Moscow → geonames:524901 (actor)'
    ]);
  });

  it('keeps towns literal even as subjects, and titles of local officials literal', () => {
    expect(tagged('Ukraine said Kharkiv suffered again. Kharkiv Mayor Ihor Terekhov spoke.')).toEqual([
      'Ukraine → country:UA (actor)',
      'Kharkiv → geonames:706483',
      'Kharkiv → geonames:706483'
    ]);
  });
});
