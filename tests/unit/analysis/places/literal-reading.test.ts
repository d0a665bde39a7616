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
  it('reads a hyphenated country as acting only before a participle of agency', () => {
    expect(tagged('The Russia-backed militia fired again.')).toEqual(['Russia → country:RU (actor)']);
    expect(tagged('A US-led coalition patrols the strait.')).toEqual(['US → country:US (actor)']);
    expect(tagged('A Moscow-based analyst disagreed.')).toEqual(['Moscow → geonames:524901']);
  });

  it('reads a country that modifies a state body as that state', () => {
    expect(tagged('Senior U.S. officials flew in.')).toEqual(['U.S. → country:US (actor)']);
    expect(tagged('The Sudan police made arrests.')).toEqual(['Sudan → country:SD (actor)']);
    expect(tagged('Waves hit the Lebanon coast.')).toEqual(['Lebanon → country:LB']);
  });

  it('reads armed groups, withdrawals and quoted actions of a country as the state', () => {
    expect(tagged('Lebanon’s armed rebels withdrew.')).toEqual(['Lebanon → country:LB (actor)']);
    expect(tagged('Critics condemned Syria’s “aggression” there.')).toEqual(['Syria → country:SY (actor)']);
    expect(tagged('After Russia’s withdrawal from the deal, prices rose.')).toEqual([
      'Russia → country:RU (actor)'
    ]);
  });

  it('reads a possessor of a facility as the place, whatever follows', () => {
    expect(tagged('Israel’s Ben Gurion Airport reopened.')).toContain('Israel → country:IL');
    expect(tagged('Kyiv’s main airport resumed services on Friday.')).toEqual(['Kyiv → geonames:703448']);
  });

  it('reads a subject that undergoes the event as the place', () => {
    expect(tagged('Overnight, Kyiv came under fire again.')).toEqual(['Kyiv → geonames:703448']);
    expect(tagged('Poland is going through a wet year.')).toEqual(['Poland → country:PL']);
    expect(tagged('Kyiv launched drones again.')).toEqual(['Kyiv → geonames:703448 (actor)']);
  });
});
