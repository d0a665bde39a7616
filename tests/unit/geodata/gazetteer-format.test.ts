import { describe, expect, it } from 'vitest';
import { normalizeName } from '$lib/geodata/gazetteer';
import { parseGazetteer } from '$lib/geodata/parse-gazetteer';
// The generator is plain Node ESM; these are its own functions, tested against the TypeScript side.
import { gazetteerText } from '../../../scripts/geodata/gazetteer-text.mjs';
import { normalizeName as generatorNormalizeName } from '../../../scripts/geodata/place-names.mjs';

const place = (id: string, name: string, names: string[], extra: object = {}) => ({
  id,
  kind: 'city',
  name,
  country: 'TR',
  population: 100,
  lon: 30.5,
  lat: 40.25,
  names,
  ...extra
});

describe('gazetteer file format', () => {
  const entries = [
    place('geonames:1', 'Adapazarı', ['Sakarya']),
    place('geonames:2', 'Türkiye Town', ['El-Fasher', 'Donets’k'], { capital: true, admin1: 'TR-54' }),
    place('curated:x', 'Sakarya River', ['Sakarya'], { kind: 'water', country: '' })
  ];
  const gazetteer = parseGazetteer(gazetteerText(entries));

  it('round-trips entries, non-ASCII names included', () => {
    expect(gazetteer.entries).toHaveLength(3);
    expect(gazetteer.byId('geonames:2')).toEqual({
      id: 'geonames:2',
      kind: 'city',
      name: 'Türkiye Town',
      country: 'TR',
      admin1: 'TR-54',
      population: 100,
      lon: 30.5,
      lat: 40.25,
      capital: true,
      geonames: 2
    });
    expect(gazetteer.byId('curated:x')).not.toHaveProperty('geonames');
  });

  it('indexes every normalised name, shared names listing all their entries', () => {
    expect(gazetteer.lookup(normalizeName('Adapazarı'))).toEqual([0]);
    expect(gazetteer.lookup('sakarya')).toEqual([0, 2]);
    expect(gazetteer.lookup('el fasher')).toEqual([1]);
    expect(gazetteer.lookup('donetsk')).toEqual([1]);
    expect(gazetteer.lookup('sakary')).toEqual([]);
    expect(gazetteer.lookup('zzz')).toEqual([]);
    expect(gazetteer.maxNameTokens).toBe(2);
  });

  it('normalises names exactly as src/lib/geodata/gazetteer.ts does', () => {
    const samples = ['El-Fasher', 'Donets’k', 'Bila  Tserkva', 'Zaporizhzhya', 'Kyïv', 'U.S.', 'São Tomé', 'Ak”yar'];
    for (const sample of samples) expect(generatorNormalizeName(sample)).toBe(normalizeName(sample));
  });
});
