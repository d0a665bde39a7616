import { normalizeName } from '$lib/geodata/gazetteer';
import type { Gazetteer, GazetteerEntry, PlaceKind } from '$lib/geodata/types';

/**
 * A gazetteer entry as the API lists it, for choosing where a mention goes: enough to tell two
 * namesakes apart (kind, first-level unit, country, population, where it lies).
 */
export interface GazetteerMatch {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string;
  /** The country's name ("Ukraine"); absent for entries that span several countries. */
  countryName?: string;
  admin1?: string;
  /** The first-level unit's name ("Kharkiv Oblast"), when the gazetteer has it. */
  admin1Name?: string;
  population: number;
  /** Representative point, WGS84 [lon, lat]. */
  point: [number, number];
}

// Normalising 200 000 names takes a moment, so it is done once per gazetteer.
const normalizedNames = new WeakMap<Gazetteer, string[]>();

/** An entry as the API lists it, with the names of its country and first-level unit. */
export function gazetteerMatch(gazetteer: Gazetteer, entry: GazetteerEntry): GazetteerMatch {
  const { id, name, kind, country, admin1, population, lon, lat } = entry;
  const countryName = country ? gazetteer.byId(`country:${country}`)?.name : undefined;
  const admin1Name = admin1 && kind !== 'admin1' ? gazetteer.byId(`admin1:${admin1}`)?.name : undefined;
  return {
    id,
    name,
    kind,
    country,
    ...(countryName ? { countryName } : {}),
    ...(admin1 ? { admin1 } : {}),
    ...(admin1Name ? { admin1Name } : {}),
    population,
    point: [lon, lat]
  };
}

/**
 * Up to `limit` entries for a search box: entries whose preferred name is the query, then
 * entries with the query among their other names ("Lviv" finds the city, then Lviv Oblast), then
 * entries whose preferred name starts with it; each group most populous first. Matching ignores
 * case, diacritics, apostrophes and hyphens.
 */
export function gazetteerMatches(gazetteer: Gazetteer, query: string, limit = 20): GazetteerMatch[] {
  const key = normalizeName(query);
  if (key === '') return [];
  let names = normalizedNames.get(gazetteer);
  if (!names) {
    names = gazetteer.entries.map((entry) => normalizeName(entry.name));
    normalizedNames.set(gazetteer, names);
  }
  const named = new Set(gazetteer.lookup(key));
  const groups: number[][] = [[], [], []];
  names.forEach((name, i) => {
    if (name === key) groups[0]!.push(i);
    else if (named.has(i)) groups[1]!.push(i);
    else if (name.startsWith(key)) groups[2]!.push(i);
  });
  const byPopulation = (a: number, b: number) =>
    gazetteer.entries[b]!.population - gazetteer.entries[a]!.population;
  return groups
    .flatMap((group) => group.sort(byPopulation))
    .slice(0, limit)
    .map((i) => gazetteerMatch(gazetteer, gazetteer.entries[i]!));
}
