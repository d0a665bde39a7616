// Admin-1 boundary files: Ukraine + Russia for the screen, and the whole world, coarse.
import { areaKm2, featureOf } from './geojson-output.mjs';
import { geometryContains, interiorPoint, roundTo } from './planar-geometry.mjs';
import { boundsOf, extentOf, simplifiedUnits } from './simplified-units.mjs';

const screenCountries = new Set(['UA', 'RU']);

function screenTolerance(record) {
  const [west, south, east, north] = boundsOf(record.geometry);
  const extent = extentOf(record.geometry);
  const centreLon = (west + east) / 2;
  const centreLat = (south + north) / 2;
  const base = record.country === 'UA' ? 0.01 : isCloseUp(centreLon, centreLat) ? 0.015 : 0.06;
  return Math.min(base, extent / 30);
}

/** Ukraine and the Russian regions near the front are looked at closely; Siberia and the Arctic are not. */
function isCloseUp(lon, lat) {
  return lon < 50 && lat < 62;
}

/** A label position inside the displayed geometry: NE's own label point when it is inside. */
export function labelPointFor(geometry, preferred) {
  const point = preferred && geometryContains(geometry, preferred) ? preferred : interiorPoint(geometry);
  return [roundTo(point[0], 4), roundTo(point[1], 4)];
}

/**
 * Features of every UA and RU first-level unit for the screen, sorted by id.
 * `englishNames` maps ISO id → { name, shortName } (geodata/sources/admin1-english-names.json).
 */
export function screenAdmin1Features(records, englishNames) {
  const selected = records.filter((r) => screenCountries.has(r.country));
  const tolerance = new Map(selected.map((r) => [r.id, screenTolerance(r)]));
  const minPartKm2 = new Map(
    selected.map((r) => {
      const [west, south, east, north] = boundsOf(r.geometry);
      return [r.id, r.country === 'UA' ? 1 : isCloseUp((west + east) / 2, (south + north) / 2) ? 30 : 300];
    })
  );
  const geometries = simplifiedUnits(selected, {
    toleranceFor: (id) => tolerance.get(id),
    decimals: 4,
    minPartKm2: (id) => minPartKm2.get(id),
    repairKinks: 'all'
  });
  const features = [];
  for (const record of selected) {
    const geometry = geometries.get(record.id);
    const names = englishNames[record.id];
    if (!geometry) throw new Error(`${record.id} vanished when simplified`);
    if (!names) throw new Error(`${record.id} has no English name in admin1-english-names.json`);
    const [labelLon, labelLat] = labelPointFor(geometry, record.labelPoint);
    features.push(
      featureOf(
        record.id,
        {
          id: record.id,
          name: names.name,
          shortName: names.shortName,
          country: record.country,
          labelLon,
          labelLat,
          areaKm2: areaKm2(record.geometry)
        },
        geometry
      )
    );
  }
  return features.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Coarse features of every first-level unit in the world with an ISO code, sorted by id. */
export function worldAdmin1Features(records, englishNames) {
  const extents = new Map();
  for (const r of records) extents.set(r.id, Math.max(extents.get(r.id) ?? 0, extentOf(r.geometry)));
  const geometries = simplifiedUnits(records, {
    toleranceFor: (id) => Math.min(0.05, extents.get(id) / 20),
    decimals: 3,
    minPartKm2: () => 20,
    repairKinks: 'rings'
  });
  const seen = new Set();
  const features = [];
  for (const record of records) {
    if (seen.has(record.id)) continue;
    seen.add(record.id);
    const geometry = geometries.get(record.id);
    if (!geometry) continue;
    const name = englishNames[record.id]?.name ?? record.nameEn;
    features.push(featureOf(record.id, { id: record.id, name, country: record.country }, geometry));
  }
  return features.sort((a, b) => (a.id < b.id ? -1 : 1));
}
