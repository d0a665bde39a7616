// geodata/admin1/<CC>.geojson: one file of first-level units per country, which the dashboard
// loads only for the countries an article concerns (the base map itself carries countries only).
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { labelPointFor } from './admin1-boundaries.mjs';
import { areaKm2, featureOf, writeFeatureCollection } from './geojson-output.mjs';

/**
 * The base map's admin-1 features grouped by country: the screen-quality units where there are
 * some (UA, RU), else the coarse world units with the names, label points and areas the labels need.
 * `records` are the Natural Earth records the world units were simplified from.
 */
export function admin1ByCountry(records, englishNames, screenFeatures, worldFeatures) {
  const screenCountries = new Set(screenFeatures.map((feature) => feature.properties.country));
  const recordsById = new Map();
  for (const record of records) recordsById.set(record.id, [...(recordsById.get(record.id) ?? []), record]);
  const byCountry = new Map();
  const add = (feature) => {
    const country = feature.properties.country;
    byCountry.set(country, [...(byCountry.get(country) ?? []), feature]);
  };
  for (const feature of screenFeatures) add(feature);
  for (const world of worldFeatures) {
    const { id, name, country } = world.properties;
    if (screenCountries.has(country)) continue;
    const parts = recordsById.get(id) ?? [];
    // NE splits a few units into several records: the first with a label point names the unit.
    const preferred = parts.find((record) => record.labelPoint)?.labelPoint ?? null;
    const [labelLon, labelLat] = labelPointFor(world.geometry, preferred);
    const area = parts.reduce((sum, record) => sum + areaKm2(record.geometry), 0);
    add(
      featureOf(
        id,
        {
          id,
          name,
          shortName: englishNames[id]?.shortName ?? name,
          country,
          labelLon,
          labelLat,
          areaKm2: Math.round(area * 10) / 10
        },
        world.geometry
      )
    );
  }
  for (const features of byCountry.values()) features.sort((a, b) => (a.id < b.id ? -1 : 1));
  return new Map([...byCountry].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Rewrites `folder` with one `<CC>.geojson` per country; returns the total bytes and file count. */
export function writeAdmin1ByCountry(folder, byCountry) {
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(folder)) if (name.endsWith('.geojson')) rmSync(join(folder, name));
  let bytes = 0;
  for (const [country, features] of byCountry)
    bytes += writeFeatureCollection(join(folder, `${country}.geojson`), features);
  return { bytes, files: byCountry.size };
}
