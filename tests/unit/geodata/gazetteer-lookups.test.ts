import { describe, expect, it } from 'vitest';
import { normalizeName } from '$lib/geodata/gazetteer';
import { loadGazetteer } from '$lib/geodata/load-gazetteer';
import type { GazetteerEntry } from '$lib/geodata/types';

const gazetteer = loadGazetteer();
const candidates = (name: string): GazetteerEntry[] =>
  gazetteer.lookup(normalizeName(name)).map((i) => gazetteer.entries[i] as GazetteerEntry);
const ids = (name: string) => candidates(name).map((entry) => entry.id);

describe('gazetteer lookups', () => {
  it('holds seats of administrations whatever their recorded population, and towns of 5,000+, not every hamlet', () => {
    // Yamato-Takada (Nara): a Japanese city seat GeoNames gives no population.
    expect(gazetteer.byId('geonames:1848593')).toMatchObject({ kind: 'city', country: 'JP', population: 0 });
    // Zumpano: an Italian comune of 343 people, a third-level seat (PPLA3).
    expect(gazetteer.byId('geonames:2522677')).toMatchObject({ kind: 'city', country: 'IT' });
    // Túcume (Peru): a town of about 7,000 that is no administrative seat.
    expect(gazetteer.byId('geonames:3691161')).toMatchObject({ kind: 'city', country: 'PE' });
    // Villapriolo (Sicily): a village of 580 that is no seat stays out.
    expect(gazetteer.byId('geonames:2522735')).toBeUndefined();
  });

  it('finds Kyiv under both spellings', () => {
    expect(ids('Kiev')).toContain('geonames:703448');
    expect(ids('Kyiv')).toContain('geonames:703448');
    expect(gazetteer.byId('geonames:703448')).toMatchObject({ name: 'Kyiv', capital: true, admin1: 'UA-30' });
  });

  it('finds Russian-era and renamed forms of Ukrainian cities', () => {
    expect(ids('Kharkov')).toContain('geonames:706483');
    expect(ids('Odessa')).toContain('geonames:698740');
    expect(ids('Artemovsk')).toContain('geonames:713174');
    expect(gazetteer.byId('geonames:713174')?.name).toBe('Bakhmut');
    const zaporozhye = candidates('Zaporozhye');
    expect(zaporozhye.some((entry) => entry.kind === 'city' && entry.admin1 === 'UA-23')).toBe(true);
  });

  it('places Pokrovsk in Donetsk Oblast', () => {
    expect(candidates('Pokrovsk')).toContainEqual(
      expect.objectContaining({ id: 'geonames:704422', admin1: 'UA-14', country: 'UA' })
    );
  });

  it('ranks the capital first among the Moscows', () => {
    const cities = candidates('Moscow').filter((entry) => entry.kind === 'city');
    const largest = cities.reduce((a, b) => (b.population > a.population ? b : a));
    expect(largest.id).toBe('geonames:524901');
    expect(largest.admin1).toBe('RU-MOW');
  });

  it('finds places outside Europe and derived romanisations', () => {
    expect(ids('el-Fasher')).toContain('geonames:379555');
    expect(ids('Istanbul')).toContain('geonames:745044');
    expect(ids('Mariupol')).toContain('geonames:701822');
    expect(gazetteer.byId('geonames:542420')).toMatchObject({ admin1: 'RU-KDA' });
    expect(ids('Ilsky')).toContain('geonames:556951');
  });

  it('finds admin-1 units under their press forms', () => {
    expect(ids('Donetsk region')).toContain('admin1:UA-14');
    expect(ids('Donetsk Oblast')).toContain('admin1:UA-14');
    expect(ids('Zaporozhye region')).toContain('admin1:UA-23');
    expect(ids('Rostov region')).toContain('admin1:RU-ROS');
    expect(ids('Krasnodar Krai')).toContain('admin1:RU-KDA');
    expect(ids('Crimea')).toContain('admin1:UA-43');
    expect(ids('Kiev region')).toContain('admin1:UA-32');
    expect(ids('Kyiv')).toEqual(expect.arrayContaining(['admin1:UA-30', 'admin1:UA-32']));
  });

  it('finds countries under press names, and not under bare ISO codes', () => {
    expect(ids('the United States')).toContain('country:US');
    expect(ids('U.S.')).toContain('country:US');
    expect(ids('Britain')).toContain('country:GB');
    expect(ids('UAE')).toContain('country:AE');
    expect(ids('Turkey')).toContain('country:TR');
    expect(ids('DRC')).toContain('country:CD');
    expect(ids('UA')).not.toContain('country:UA');
    expect(ids('Holland')).not.toContain('country:NL');
  });

  it('has curated water, regions and facilities', () => {
    expect(candidates('Black Sea')).toContainEqual(expect.objectContaining({ id: 'curated:black-sea', kind: 'water' }));
    expect(candidates('Donbass')).toContainEqual(expect.objectContaining({ kind: 'region', country: 'UA' }));
    expect(candidates('Kremlin')).toContainEqual(expect.objectContaining({ kind: 'facility', admin1: 'RU-MOW' }));
  });

  it('returns an empty list for unknown names and undefined for unknown ids', () => {
    expect(gazetteer.lookup('no such place anywhere')).toEqual([]);
    expect(gazetteer.byId('geonames:0')).toBeUndefined();
    expect(gazetteer.maxNameTokens).toBeGreaterThanOrEqual(4);
  });
});
