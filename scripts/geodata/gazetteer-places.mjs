// Gazetteer entries for GeoNames populated places, curated places, and the hand-written
// transliteration variants laid over both.
import { roundTo } from './planar-geometry.mjs';
import {
  arabicArticleVariants,
  arabicNameCountries,
  displayName,
  isUsableAlternateName,
  normalizeName,
  romanisationVariants
} from './place-names.mjs';
import { pressForms } from './gazetteer-admin1.mjs';

/** Countries whose names get the Russian/Ukrainian romanisation variants. */
const cyrillicCountries = new Set(['UA', 'RU', 'BY']);

/** Names of a GeoNames row worth indexing, with derived romanisation variants. */
export function geonamesNames(row) {
  const names = [row.name, row.asciiname, ...row.alternateNames.filter(isUsableAlternateName)];
  const deriveVariants = cyrillicCountries.has(row.country)
    ? (key) => romanisationVariants(key, row.country)
    : arabicNameCountries.has(row.country)
      ? arabicArticleVariants
      : null;
  if (!deriveVariants) return names;
  const keys = new Set(names.map(normalizeName));
  for (const key of [...keys]) for (const variant of deriveVariants(key)) keys.add(variant);
  return [...keys];
}

/** City entries (`geonames:<id>`); `locate` gives the ISO 3166-2 unit (see admin1-locator.mjs). */
export function cityEntries(rows, locate) {
  return rows.map((row) => {
    const admin1 = locate(row.country, row.admin1Code, row.lon, row.lat);
    return {
      id: `geonames:${row.geonameid}`,
      kind: 'city',
      name: displayName(row.name, row.asciiname),
      country: row.country,
      ...(admin1 ? { admin1 } : {}),
      population: row.population,
      lon: roundTo(row.lon, 4),
      lat: roundTo(row.lat, 4),
      ...(row.featureCode === 'PPLC' ? { capital: true } : {}),
      geonames: row.geonameid,
      names: geonamesNames(row)
    };
  });
}

/** Entries (`curated:<slug>`) from geodata/sources/curated-places.json. */
export function curatedEntries(curated) {
  return curated.places
    .map((place) => ({
      id: `curated:${place.slug}`,
      kind: place.kind,
      name: place.name,
      country: place.country,
      ...(place.admin1 ? { admin1: place.admin1 } : {}),
      population: 0,
      lon: place.lon,
      lat: place.lat,
      names: place.names
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * Lays geodata/sources/transliterations.json over the entries (in place): display names for
 * `name`, extra names for `variants`, and for admin-1 units `short` forms with head nouns.
 * Throws on an id that is not in the gazetteer, so a typo cannot pass silently.
 */
export function applyTransliterations(entries, transliterations, englishNames) {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  for (const place of transliterations.places) {
    const entry = byId.get(place.id);
    if (!entry) throw new Error(`transliterations.json: no gazetteer entry ${place.id}`);
    if (place.name) entry.names = [entry.name, ...entry.names];
    if (place.name) entry.name = place.name;
    const kind = englishNames[entry.admin1]?.kind ?? 'oblast';
    const shortForms = Object.keys(place.short ?? {}).flatMap((short) => pressForms(short, kind));
    entry.names = [...entry.names, ...Object.keys(place.variants ?? {}), ...shortForms];
  }
}
