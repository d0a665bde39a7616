import type { Gazetteer, GazetteerEntry } from './types';

/**
 * The key every place name is indexed and looked up by: Unicode-decomposed, diacritics and
 * apostrophes dropped, lower-cased, hyphens and runs of spaces turned into one space.
 * "Zaporizhzhia" / "Zaporizhzhya" stay distinct (variants are listed, not guessed), but
 * "Bila Tserkva" = "Bila-Tserkva" and "Donets’k" = "Donetsk".
 * @example normalizeName("El-Fasher") === "el fasher"
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’ʼ‘`´]/g, '')
    .toLowerCase()
    .replace(/[\s\-‐‑‒–—_.]+/g, ' ')
    .trim();
}

/** An entry together with every name it may be written as (any spelling; normalised here). */
export type NamedEntry = GazetteerEntry & { names: readonly string[] };

/** Builds the in-memory gazetteer: entries plus a normalised-name index. Pure. */
export function gazetteerFromEntries(named: readonly NamedEntry[]): Gazetteer {
  const entries: GazetteerEntry[] = [];
  const index = new Map<string, number[]>();
  const ids = new Map<string, number>();
  let maxNameTokens = 1;
  named.forEach(({ names, ...entry }, i) => {
    entries.push(entry);
    ids.set(entry.id, i);
    for (const key of new Set([entry.name, ...names].map(normalizeName))) {
      if (!key) continue;
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
      maxNameTokens = Math.max(maxNameTokens, key.split(' ').length);
    }
  });
  const none: readonly number[] = [];
  return {
    entries,
    lookup: (key) => index.get(key) ?? none,
    byId: (id) => {
      const i = ids.get(id);
      return i === undefined ? undefined : entries[i];
    },
    maxNameTokens
  };
}
