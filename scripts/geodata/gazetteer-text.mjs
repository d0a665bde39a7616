// The compact runtime form of the gazetteer (parsed by src/lib/geodata/parse-gazetteer.ts):
//   line 1    wiremap-gazetteer/1 <TAB> entry count <TAB> key count <TAB> longest name in tokens
//   entries   id, kind, name, country, admin1, population, lon, lat, capital ("1" or "");
//   keys      normalised name <TAB> comma-separated entry indices, sorted by key
// Non-ASCII characters in names and keys are written as \uXXXX so that the whole file is ASCII
// (Node then decodes it to a one-byte string: half the memory, faster to scan).
// Why an inverted, sorted index rather than names per entry: loading then needs no hashing of
// ~150k strings (a Map built at load took ~130 ms); lookups binary-search the key lines.
import { normalizeName } from './place-names.mjs';

export const gazetteerFormat = 'wiremap-gazetteer/1';

/** Why ASCII only: a normalised key with other letters (ł, ə, ð) will not match English text. */
const matchableKey = /^[a-z0-9 ]+$/;

/** Characters that would break the line format if they appeared in a field. */
const separators = /[\t\n]/;

/** `Türkiye` → `T\u00fcrkiye`: UTF-16 code units outside ASCII escaped. */
/** @param {string} text */
export function escapeNonAscii(text) {
  return text.replace(/[\u0080-\uffff]/g, (/** @type {string} */ c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * @typedef {{ id: string, kind: string, name: string, country: string, admin1?: string,
 *   population: number, lon: number, lat: number, capital?: boolean, names: readonly string[] }} NamedEntry
 */

/**
 * Text of the gazetteer file for `entries`, in the given order.
 * @param {readonly NamedEntry[]} entries
 */
export function gazetteerText(entries) {
  /** @type {string[]} */
  const entryLines = [];
  /** @type {Map<string, number[]>} */
  const index = new Map();
  let maxNameTokens = 1;
  entries.forEach((entry, i) => {
    const fields = [
      entry.id,
      entry.kind,
      escapeNonAscii(entry.name),
      entry.country,
      entry.admin1 ?? '',
      String(entry.population),
      String(entry.lon),
      String(entry.lat),
      entry.capital ? '1' : ''
    ];
    for (const field of fields) {
      if (separators.test(field)) throw new Error(`${entry.id}: a field contains a tab or newline: ${field}`);
    }
    entryLines.push(fields.join('\t'));
    const own = normalizeName(entry.name);
    const others = entry.names.map(normalizeName).filter((key) => matchableKey.test(key));
    for (const key of new Set([own, ...others])) {
      if (!key || separators.test(key)) continue;
      maxNameTokens = Math.max(maxNameTokens, key.split(' ').length);
      const list = index.get(key) ?? [];
      list.push(i);
      index.set(key, list);
    }
  });
  // Plain code-unit order, the order the parser's binary search compares in.
  const keyLines = [...index]
    .map(([key, indices]) => `${escapeNonAscii(key)}\t${indices.join(',')}`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const header = [gazetteerFormat, entries.length, keyLines.length, maxNameTokens].join('\t');
  return `${header}\n${entryLines.join('\n')}\n${keyLines.join('\n')}\n`;
}
