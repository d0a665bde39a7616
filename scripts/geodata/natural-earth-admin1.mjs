// Natural Earth 10m admin-1 units, read once and normalised: corrected ISO 3166-2 ids, the
// country taken from the id (NE files Crimea and Sevastopol under RU; ISO says UA-43 / UA-40).
import { readHandWritten, readJson, sourcePaths } from './sources.mjs';

const usableIsoCode = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

/** Splits NE's `name_alt` ("a|b|c") into trimmed names. */
export function splitAlternateNames(nameAlt) {
  return typeof nameAlt === 'string' ? nameAlt.split('|').map((name) => name.trim()).filter(Boolean) : [];
}

/**
 * All NE admin-1 units with a usable ISO 3166-2 code, as plain records
 * `{ id, country, neName, nameEn, alternateNames, typeEn, geonamesAdmin1, labelPoint, geometry }`.
 * Units NE splits into several features (e.g. BA-BIH, PH-MNL) come out as several records.
 */
export function readNaturalEarthAdmin1() {
  const { neIdCorrections } = readHandWritten('admin1-english-names.json');
  const collection = readJson(sourcePaths.naturalEarthAdmin1);
  const records = [];
  for (const { properties: p, geometry } of collection.features) {
    if (!geometry || !usableIsoCode.test(p.iso_3166_2 ?? '')) continue;
    const correction = neIdCorrections.find((c) => c.neId === p.iso_3166_2 && c.neName === p.name);
    const id = correction ? correction.id : p.iso_3166_2;
    records.push({
      id,
      country: id.slice(0, 2),
      neName: p.name ?? '',
      nameEn: p.name_en ?? p.name ?? '',
      alternateNames: splitAlternateNames(p.name_alt),
      typeEn: p.type_en ?? '',
      geonamesAdmin1: p.gn_a1_code ?? '',
      labelPoint: Number.isFinite(p.longitude) ? [p.longitude, p.latitude] : null,
      geometry
    });
  }
  return records;
}
