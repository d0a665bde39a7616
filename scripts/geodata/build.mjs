// `npm run geodata`: regenerates every file in geodata/ (except knowledge/) from npm-packaged
// data and the hand-written inputs in geodata/sources/. Deterministic: same inputs, same bytes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenAdmin1Features, worldAdmin1Features } from './admin1-boundaries.mjs';
import { admin1ByCountry, writeAdmin1ByCountry } from './admin1-by-country.mjs';
import { admin1Locator } from './admin1-locator.mjs';
import { countryAreas, countryFeatures, countryParts } from './country-boundaries.mjs';
import { admin1Entries } from './gazetteer-admin1.mjs';
import { countryEntries } from './gazetteer-countries.mjs';
import { applyTransliterations, cityEntries, curatedEntries } from './gazetteer-places.mjs';
import { gazetteerText } from './gazetteer-text.mjs';
import { isIncludedPlace, readCities500 } from './geonames-places.mjs';
import { writeFeatureCollection } from './geojson-output.mjs';
import { readNaturalEarthAdmin1 } from './natural-earth-admin1.mjs';
import { memberOutlines, regionShapeFeatures } from './region-shapes.mjs';
import { readHandWritten, readJson, repoRoot, sourcePaths } from './sources.mjs';
import { sourcesMarkdown } from './sources-markdown.mjs';
import { writeWaterShapes } from './water-shapes.mjs';

const out = (name) => join(repoRoot, 'geodata', name);
const timed = (label, run) => {
  const start = performance.now();
  const result = run();
  console.log(`${label}: ${Math.round(performance.now() - start)} ms`);
  return result;
};

const englishNames = readHandWritten('admin1-english-names.json').units;
const worldCountries = readJson(sourcePaths.worldCountries);
const countriesByAlpha2 = new Map(worldCountries.map((c) => [c.cca2, c]));
const alpha2ByNumeric = new Map(worldCountries.filter((c) => c.ccn3).map((c) => [c.ccn3, c.cca2]));
const stats = { sizes: {}, counts: {} };

// Boundaries.
const admin1Records = timed('read Natural Earth admin-1', readNaturalEarthAdmin1);
const screenAdmin1 = timed('simplify UA + RU admin-1', () => screenAdmin1Features(admin1Records, englishNames));
stats.sizes['admin1.geojson'] = writeFeatureCollection(out('admin1.geojson'), screenAdmin1);
stats.counts['admin1.geojson'] = screenAdmin1.length;

const partsAt = (resolution) => countryParts(readJson(sourcePaths.worldAtlas(resolution)), alpha2ByNumeric);
const areas = timed('country areas (10m)', () => countryAreas(partsAt('10m')));
const countries = timed('simplify countries (50m)', () => countryFeatures(partsAt('50m'), countriesByAlpha2, areas));
stats.sizes['countries.geojson'] = writeFeatureCollection(out('countries.geojson'), countries);
stats.counts['countries.geojson'] = countries.length;

const worldAdmin1 = timed('simplify world admin-1', () => worldAdmin1Features(admin1Records, englishNames));
stats.sizes['admin1-world.geojson'] = writeFeatureCollection(out('admin1-world.geojson'), worldAdmin1);
stats.counts['admin1-world.geojson'] = worldAdmin1.length;

const byCountry = timed('admin-1 by country', () => admin1ByCountry(admin1Records, englishNames, screenAdmin1, worldAdmin1));
const written = writeAdmin1ByCountry(out('admin1'), byCountry);
stats.sizes['admin1/'] = written.bytes;
stats.counts['admin1/'] = written.files;

const regions = timed('region shapes', () =>
  regionShapeFeatures(
    readHandWritten('region-members.json').regions,
    memberOutlines(countries, worldAdmin1),
    readHandWritten('curated-places.json').places
  )
);
stats.sizes['regions.geojson'] = writeFeatureCollection(out('regions.geojson'), regions);
stats.counts['regions.geojson'] = regions.length;

const water = timed('water shapes', () => writeWaterShapes(out('water.geojson')));
stats.sizes['water.geojson'] = water.bytes;
stats.counts['water.geojson'] = water.count;

// Gazetteer.
const rows = timed('read GeoNames cities500', readCities500);
const locate = timed('index admin-1 for lookup', () => admin1Locator(admin1Records));
const included = rows.filter(isIncludedPlace);
const cities = timed('city entries', () => cityEntries(included, locate));
const admin1Population = new Map();
const countryPopulation = new Map();
timed('population sums', () => {
  const admin1OfIncluded = new Map(cities.map((city) => [city.geonames, city.admin1]));
  for (const row of rows) {
    // Why not PPLX: sections of a city (Moscow's districts) would count its people twice.
    if (row.featureCode === 'PPLX') continue;
    countryPopulation.set(row.country, (countryPopulation.get(row.country) ?? 0) + row.population);
    const iso = admin1OfIncluded.has(row.geonameid)
      ? admin1OfIncluded.get(row.geonameid)
      : locate(row.country, row.admin1Code, row.lon, row.lat);
    if (iso) admin1Population.set(iso, (admin1Population.get(iso) ?? 0) + row.population);
  }
});
cities.sort((a, b) => b.population - a.population || a.geonames - b.geonames);
const labelPoint = (feature) => [feature.properties.labelLon, feature.properties.labelLat];
const entries = [
  ...countryEntries(
    worldCountries,
    new Map(countries.map((f) => [f.id, labelPoint(f)])),
    countryPopulation,
    readHandWritten('country-names.json')
  ),
  ...admin1Entries(admin1Records, englishNames, admin1Population, new Map(screenAdmin1.map((f) => [f.id, labelPoint(f)]))),
  ...curatedEntries(readHandWritten('curated-places.json')),
  ...cities
];
applyTransliterations(entries, readHandWritten('transliterations.json'), englishNames);
const text = gazetteerText(entries);
writeFileSync(out('gazetteer.tsv'), text);
stats.sizes['gazetteer.tsv'] = Buffer.byteLength(text);
stats.counts['gazetteer.tsv'] = entries.length;
stats.kinds = Object.fromEntries(
  ['country', 'admin1', 'city', 'region', 'water', 'facility'].map((kind) => [kind, entries.filter((e) => e.kind === kind).length])
);
stats.keys = Number(text.slice(0, text.indexOf('\n')).split('\t')[2]);

writeFileSync(out('SOURCES.md'), sourcesMarkdown(stats));
console.log(stats);
