import partitioned from '../../../../geodata/knowledge/partitioned-regions.json';
import { normalizeName } from '../../geodata/gazetteer';
import type { Gazetteer } from '../../geodata/types';
import { demonyms } from './knowledge';
import type { Spot } from './spot';
import type { Word } from './tokenize-words';

const CONTROL = new Set(partitioned.controlWords);
const PARTS: Readonly<Record<string, Readonly<Record<string, string>>>> = partitioned.regions;
const COMPOUND = /^(.+)[-‐‑](\p{Ll}+)$/u;

/**
 * "Pakistan-administered Kashmir", "Indian-occupied Kashmir": a region divided between states
 * (geodata/knowledge/partitioned-regions.json) after "X-administered" is the part X holds, one
 * span with the compound; the state in the compound is no place of its own there. Edits `spots`.
 */
export function controlledParts(
  text: string,
  words: readonly Word[],
  spots: Spot[],
  gazetteer: Gazetteer
): void {
  for (let k = spots.length - 1; k >= 0; k--) {
    const spot = spots[k]!;
    const region = spot.candidates.find((c) => c.id.startsWith('curated:') && PARTS[c.id.slice(8)]);
    const compound = words[spot.firstWord - 1];
    if (!region || !compound || !/^[ \u00a0]$/.test(text.slice(compound.end, spot.start))) continue;
    const match = COMPOUND.exec(compound.text);
    if (!match || !CONTROL.has(match[2]!)) continue;
    const holder = demonyms.get(match[1]!) ?? countryCode(gazetteer, match[1]!);
    const unit = holder ? PARTS[region.id.slice(8)]![holder] : undefined;
    const entry = unit ? gazetteer.byId(`admin1:${unit}`) : undefined;
    if (!entry) continue;
    spots[k] = {
      ...spot,
      start: compound.start,
      firstWord: spot.firstWord - 1,
      key: normalizeName(text.slice(compound.start, spot.end)),
      candidates: [entry],
      head: { type: 'admin1', noun: 'region', shared: true }
    };
    // The state's name inside the compound is part of the span now.
    const inside = spots.findIndex((s) => s.hyphenPart && s.start >= compound.start && s.end <= compound.end);
    if (inside >= 0) spots.splice(inside, 1);
  }
}

function countryCode(gazetteer: Gazetteer, name: string): string | undefined {
  const country = gazetteer
    .lookup(normalizeName(name))
    .map((i) => gazetteer.entries[i]!)
    .find((e) => e.kind === 'country');
  return country?.country;
}
