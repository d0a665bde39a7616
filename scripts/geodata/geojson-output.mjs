// Deterministic GeoJSON text and the areas that go into feature properties.
import { writeFileSync } from 'node:fs';
import { area as turfArea } from '@turf/turf';
import { roundTo, signedRingArea } from './planar-geometry.mjs';

/** One feature per line, sorted input order kept: same input, same bytes. */
export function featureCollectionText(features) {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

/** Writes a FeatureCollection file and returns its byte size. */
export function writeFeatureCollection(path, features) {
  const text = featureCollectionText(features);
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

/** Geodesic area in km² (turf.area), rounded to 0.1 km². */
export function areaKm2(geometry) {
  return roundTo(turfArea({ type: 'Feature', properties: {}, geometry }) / 1e6, 1);
}

/** Fast approximate area of one polygon (rings) in km², for dropping specks. */
export function approximatePolygonKm2(polygon) {
  const latitude = polygon[0][0][1];
  const degrees2 = polygon.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(signedRingArea(ring)) / 2, 0);
  return degrees2 * 111.32 * 111.32 * Math.cos((latitude * Math.PI) / 180);
}

/** A GeoJSON Feature with a top-level id, properties in the given key order. */
export function featureOf(id, properties, geometry) {
  return { type: 'Feature', id, properties, geometry };
}
