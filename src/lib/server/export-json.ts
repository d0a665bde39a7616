import { randomBytes } from 'node:crypto';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** Each outline's JSON as UTF-8, kept while the outline object lives (countries and units are shared). */
const outlineBytes = new WeakMap<object, Uint8Array>();
/** Marks where an outline goes; the nonce makes it impossible to meet in any text an article holds. */
const nonce = randomBytes(8).toString('hex');
const marker = `\u0000outline-${nonce}-`;
// JSON.stringify writes the marker's U+0000 as the six characters \u0000; split keeps the index.
const markerPattern = new RegExp(`"\\\\u0000outline-${nonce}-(\\d+)"`, 'g');

/**
 * `JSON.stringify(collection)` as UTF-8 bytes, byte for byte, made fast for exports: each outline
 * (a country's or a unit's polygons, most of an export's bytes) is stringified and encoded once
 * per process and copied in, rather than again for every article that names the place.
 */
export function exportBytes(collection: AnnotatedGeoJson): Uint8Array {
  return Buffer.concat(exportPieces(collection));
}

/** `exportBytes` in pieces (text between outlines, and the shared outline bytes), not yet joined. */
export function exportPieces(collection: AnnotatedGeoJson): Uint8Array[] {
  const outlines: Uint8Array[] = [];
  const features = collection.features.map((feature) => {
    const geometry = feature.geometry;
    if (geometry === null || geometry.type === 'Point') return feature;
    let bytes = outlineBytes.get(geometry);
    if (bytes === undefined) {
      bytes = encoder.encode(JSON.stringify(geometry));
      outlineBytes.set(geometry, bytes);
    }
    outlines.push(bytes);
    return { ...feature, geometry: `${marker}${outlines.length - 1}` };
  });
  const skeleton = JSON.stringify({ ...collection, features });
  // split with a capturing group: text, outline index, text, outline index, …, text.
  const parts = skeleton.split(markerPattern);
  return parts.map((part, index) => (index % 2 === 0 ? encoder.encode(part) : outlines[Number(part)]!));
}

/** `JSON.stringify(collection)`, byte for byte: `exportBytes` as a string. */
export function exportJson(collection: AnnotatedGeoJson): string {
  return decoder.decode(exportBytes(collection));
}
