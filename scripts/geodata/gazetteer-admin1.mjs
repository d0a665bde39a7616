// Gazetteer entries for first-level units: Natural Earth names, plus English press forms for
// Ukraine and Russia ("Donetsk", "Donetsk Oblast", "Donetsk region").
import { geometryContains, interiorPoint, roundTo } from './planar-geometry.mjs';
import { isUsableAlternateName, normalizeName } from './place-names.mjs';

/**
 * Codes Natural Earth uses that ISO 3166-2 does not have. Why skipped: PS-GZZ / PS-WBK are
 * NE's own codes for Gaza and the West Bank; the gazetteer has curated entries for both.
 */
const notIsoCodes = new Set(['PS-GZZ', 'PS-WBK']);

/** Head nouns a unit of each kind is written with in English news. */
const headNouns = {
  oblast: ['Oblast', 'region', 'province'],
  krai: ['Krai', 'Territory', 'region'],
  republic: ['region'],
  okrug: ['region'],
  state: ['State', 'region'],
  city: []
};

/** All press forms of a UA/RU unit's short name: "Donetsk", "Donetsk Oblast", "Donetsk region". */
export function pressForms(shortName, kind) {
  const nouns = headNouns[kind] ?? [];
  if (nouns.some((noun) => shortName.endsWith(` ${noun}`))) return [shortName];
  return [shortName, ...nouns.map((noun) => `${shortName} ${noun}`)];
}

/**
 * Admin-1 entries (`admin1:XX-YYY`), one per ISO code, sorted by id. `records` are NE records
 * (several may share an id), `englishNames` the hand-written UA/RU table, `populations` ISO →
 * summed GeoNames population, `labelPoints` ISO → [lon, lat] already computed for the screen.
 */
export function admin1Entries(records, englishNames, populations, labelPoints) {
  const byId = new Map();
  for (const record of records) {
    if (notIsoCodes.has(record.id)) continue;
    const list = byId.get(record.id) ?? [];
    list.push(record);
    byId.set(record.id, list);
  }
  const entries = [];
  for (const [id, group] of byId) {
    const english = englishNames[id];
    const blocked = new Set((english?.notNames ?? []).map(normalizeName));
    // NE's "<name> <type>" forms only where we have no English table (it gives "Krasnodar Krai Territory").
    const neNames = group.flatMap((r) => [r.nameEn, r.neName, ...r.alternateNames, ...(english ? [] : typedForms(r))]);
    const names = [
      ...(english ? [english.name, ...pressForms(english.shortName, english.kind), ...(english.names ?? [])] : []),
      ...neNames.filter((name) => name && isUsableAlternateName(name) && !blocked.has(normalizeName(name)))
    ];
    const [lon, lat] = labelPoints.get(id) ?? admin1LabelPoint(group);
    entries.push({
      id: `admin1:${id}`,
      kind: 'admin1',
      name: english?.name ?? group[0].nameEn,
      country: id.slice(0, 2),
      admin1: id,
      population: populations.get(id) ?? 0,
      lon,
      lat,
      names
    });
  }
  return entries.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** "Aleppo Province", "Aleppo Governorate", "North Darfur State": the name with NE's unit type. */
function typedForms({ nameEn, typeEn }) {
  if (!nameEn || !/^[A-Z][a-z]+$/.test(typeEn) || nameEn.endsWith(typeEn)) return [];
  return typeEn === 'Governorate' ? [`${nameEn} Governorate`, `${nameEn} Province`] : [`${nameEn} ${typeEn}`];
}

/** NE's label point when it lies inside the unit, else an interior point of its first part. */
function admin1LabelPoint(group) {
  const withLabel = group.find((r) => r.labelPoint && geometryContains(r.geometry, r.labelPoint));
  const point = withLabel ? withLabel.labelPoint : interiorPoint(group[0].geometry);
  return [roundTo(point[0], 4), roundTo(point[1], 4)];
}
