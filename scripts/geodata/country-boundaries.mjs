// Country boundaries from world-atlas (Natural Earth) with ISO 3166-1 alpha-2 ids.
import { feature as topologyFeature } from 'topojson-client';
import { areaKm2, featureOf } from './geojson-output.mjs';
import { labelPointFor } from './admin1-boundaries.mjs';
import { extentOf, simplifiedUnits } from './simplified-units.mjs';
import { roundTo } from './planar-geometry.mjs';
import { closedAlongPole, splitAtAntimeridian } from './antimeridian.mjs';

/**
 * world-atlas features without an ISO numeric id, and where they go. De jure, as ISO 3166 is:
 * N. Cyprus → CY, Somaliland → SO; Kosovo has the user-assigned XK. The rest (Siachen,
 * Indian Ocean Ter., Akrotiri/Dhekelia, reefs) are dropped.
 */
const unnumberedTargets = {
  Kosovo: 'XK',
  'N. Cyprus': 'CY',
  Somaliland: 'SO',
  'Cyprus U.N. Buffer Zone': 'CY',
  Baikonur: 'KZ',
  'USNB Guantanamo Bay': 'CU'
};

/** Why: NE draws Crimea inside Russia; ISO 3166-2 (and wiremap) has it in Ukraine (UA-43, UA-40). */
function isCrimeaPart(polygon) {
  const [lon, lat] = polygon[0][0];
  return lon > 32.4 && lon < 36.65 && lat > 44.3 && lat < 46.3;
}

/**
 * Records `{ id: alpha-2, geometry: Polygon }`, one per polygon of each world-atlas country,
 * with Crimea moved from RU to UA. `alpha2ByNumeric` maps ISO numeric → alpha-2.
 */
export function countryParts(topology, alpha2ByNumeric) {
  const parts = [];
  for (const object of topology.objects.countries.geometries) {
    const id = object.id ? alpha2ByNumeric.get(object.id) : unnumberedTargets[object.properties.name];
    if (!id) continue;
    const { geometry } = topologyFeature(topology, object);
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    // Why not Antarctica: its ring closes along the pole, the jump is not a crossing.
    const pieces = id === 'AQ' ? polygons.map(closedAlongPole) : polygons.flatMap(splitAtAntimeridian);
    for (const polygon of pieces) {
      const partId = id === 'RU' && isCrimeaPart(polygon) ? 'UA' : id;
      parts.push({ id: partId, geometry: { type: 'Polygon', coordinates: polygon } });
    }
  }
  return parts;
}

/** Area in km² per alpha-2 from the unsimplified parts (10m). */
export function countryAreas(parts) {
  const areas = new Map();
  for (const { id, geometry } of parts) areas.set(id, (areas.get(id) ?? 0) + areaKm2(geometry));
  for (const [id, total] of areas) areas.set(id, roundTo(total, 1));
  return areas;
}

/** Europe and the Middle East get the finer tolerance: that is where wiremap zooms in. */
function inCloseUpRegion([lon, lat]) {
  return lon > -25 && lon < 63 && lat > 10 && lat < 72;
}

/**
 * Country features for the screen, sorted by id: `{ id, name, labelLon, labelLat, areaKm2 }`.
 * `countries` maps alpha-2 → world-countries entry (name, preferred label point).
 */
export function countryFeatures(parts, countries, areas) {
  const closeUp = (id) => inCloseUpRegion([countries.get(id).latlng[1], countries.get(id).latlng[0]]);
  const extents = new Map();
  for (const { id, geometry } of parts) extents.set(id, Math.max(extents.get(id) ?? 0, extentOf(geometry)));
  const geometries = simplifiedUnits(parts, {
    toleranceFor: (id) => Math.min(closeUp(id) ? 0.02 : id === 'AQ' ? 0.3 : 0.08, extents.get(id) / 25),
    decimals: 3,
    minPartKm2: (id) => (closeUp(id) ? 15 : id === 'AQ' ? 2000 : 150),
    repairKinks: 'all'
  });
  const features = [];
  for (const [id, geometry] of geometries) {
    if (!geometry) continue;
    const country = countries.get(id);
    const [labelLon, labelLat] = labelPointFor(geometry, [country.latlng[1], country.latlng[0]]);
    const properties = { id, name: country.name.common, labelLon, labelLat, areaKm2: areas.get(id) ?? 0 };
    features.push(featureOf(id, properties, geometry));
  }
  return features.sort((a, b) => (a.id < b.id ? -1 : 1));
}
