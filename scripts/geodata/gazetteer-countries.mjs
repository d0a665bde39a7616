// Gazetteer entries for countries: world-countries names plus the hand-written press forms.
import { isUsableAlternateName, normalizeName } from './place-names.mjs';

/** Two-letter codes from altSpellings ("UA") are not names; the abbreviations we keep are added by hand. */
function isCountryAltSpelling(name) {
  return !/^[A-Z]{2}$/.test(name) && !name.includes(',') && (isUsableAlternateName(name) || /^[A-Z]{3,5}$/.test(name));
}

/**
 * Country entries (`country:XX`) with names. `labelPoints` maps alpha-2 → [lon, lat] (a
 * point inside the country), `populations` alpha-2 → number, `pressNames` is
 * geodata/sources/country-names.json.
 */
export function countryEntries(worldCountries, labelPoints, populations, pressNames) {
  return worldCountries
    .map((country) => {
      const id = country.cca2;
      const removed = new Set((pressNames.remove[id] ?? []).map(normalizeName));
      const names = [
        country.name.common,
        country.name.official,
        ...country.altSpellings.filter(isCountryAltSpelling),
        ...(pressNames.add[id] ?? [])
      ].filter((name) => !removed.has(normalizeName(name)));
      const [lon, lat] = labelPoints.get(id) ?? [country.latlng[1], country.latlng[0]];
      return {
        id: `country:${id}`,
        kind: 'country',
        name: country.name.common,
        country: id,
        population: populations.get(id) ?? 0,
        lon,
        lat,
        names
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}
