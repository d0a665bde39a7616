import type { Gazetteer, GazetteerEntry, PlaceKind } from './types';

/** Format tag on the first line of geodata/gazetteer.tsv (written by scripts/geodata/gazetteer-text.mjs). */
export const gazetteerFormat = 'wiremap-gazetteer/1';

const none: readonly number[] = [];
const tab = 9;

/** `Türkiye` → `T\u00fcrkiye`, as the file stores names and keys. */
function escapeNonAscii(text: string): string {
  return text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `T\u00fcrkiye` → `Türkiye`. */
function unescapeName(name: string): string {
  if (!name.includes('\\')) return name;
  return name.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * One entry line, fields found with indexOf. Why not split('\t'): at cold start (code not yet
 * optimised) it costs ~15 ms more over 45k lines, and the CLI has 600 ms in all.
 */
function parseEntry(text: string, start: number): GazetteerEntry {
  const tabs = [start - 1];
  for (let k = 0; k < 8; k++) tabs.push(text.indexOf('\t', (tabs[k] as number) + 1));
  const field = (k: number) => text.slice((tabs[k] as number) + 1, tabs[k + 1]);
  const id = field(0);
  const entry: GazetteerEntry = {
    id,
    kind: field(1) as PlaceKind,
    name: unescapeName(field(2)),
    country: field(3),
    population: Number(field(5)),
    lon: Number(field(6)),
    lat: Number(field(7))
  };
  const admin1 = field(4);
  if (admin1) entry.admin1 = admin1;
  if (text.charCodeAt((tabs[8] as number) + 1) === 49 /* "1" */) entry.capital = true;
  if (id.startsWith('geonames:')) entry.geonames = Number(id.slice(9));
  return entry;
}

/** Sign of (the key of the index line starting at `offset`) minus `key`, in code-unit order. */
function compareKeyAt(text: string, offset: number, key: string): number {
  for (let j = 0; j < key.length; j++) {
    // A tab (9) sorts before any key character, so a shorter line key compares lower.
    const difference = text.charCodeAt(offset + j) - key.charCodeAt(j);
    if (difference !== 0) return difference;
  }
  return text.charCodeAt(offset + key.length) === tab ? 0 : 1;
}

/**
 * Parses the text of geodata/gazetteer.tsv into a Gazetteer. Pure and browser-safe.
 * Names are stored normalised, as a sorted key index that `lookup` binary-searches, so the
 * caller passes a normalizeName() key, as the Gazetteer contract says. `byId` indexes GeoNames ids lazily.
 * @example parseGazetteer(text).lookup('kharkov') // → [index of admin1:UA-63, index of geonames:706483]
 */
export function parseGazetteer(text: string): Gazetteer {
  let start = text.indexOf('\n') + 1;
  const [format, entryCount, keyCount, maxNameTokens] = text.slice(0, start - 1).split('\t');
  if (format !== gazetteerFormat) throw new Error(`not a ${gazetteerFormat} file: ${format}`);
  const entries: GazetteerEntry[] = new Array(Number(entryCount));
  // Countries, first-level units and curated places (a few thousand) are indexed by id at once:
  // the analysis asks for them by id on every article; a GeoNames id builds the full index.
  const unitIds = new Map<string, number>();
  for (let i = 0; i < entries.length; i++) {
    const entry = parseEntry(text, start);
    entries[i] = entry;
    if (!entry.id.startsWith('geonames:')) unitIds.set(entry.id, i);
    start = text.indexOf('\n', start) + 1;
  }
  const keyOffsets = new Uint32Array(Number(keyCount));
  for (let k = 0; k < keyOffsets.length; k++) {
    keyOffsets[k] = start;
    start = text.indexOf('\n', start) + 1;
  }
  const found = new Map<string, readonly number[]>();
  let ids: Map<string, number> | undefined;

  function lookup(normalizedName: string): readonly number[] {
    const known = found.get(normalizedName);
    if (known) return known;
    const key = /[\u0080-\uffff]/.test(normalizedName) ? escapeNonAscii(normalizedName) : normalizedName;
    let low = 0;
    let high = keyOffsets.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const offset = keyOffsets[middle] as number;
      const order = compareKeyAt(text, offset, key);
      if (order < 0) low = middle + 1;
      else if (order > 0) high = middle - 1;
      else {
        const listStart = offset + key.length + 1;
        const indices = text.slice(listStart, text.indexOf('\n', listStart)).split(',').map(Number);
        found.set(normalizedName, indices);
        return indices;
      }
    }
    return none;
  }

  return {
    entries,
    lookup,
    byId(id) {
      if (!id.startsWith('geonames:')) {
        const unit = unitIds.get(id);
        return unit === undefined ? undefined : entries[unit];
      }
      ids ??= new Map(entries.map((entry, i) => [entry.id, i]));
      const i = ids.get(id);
      return i === undefined ? undefined : entries[i];
    },
    maxNameTokens: Number(maxNameTokens)
  };
}
