import type { GazetteerEntry } from '../../geodata/types';
import type { PlacedMention } from './group-places';

/**
 * A named facility the gazetteer does not hold ("Ilsky oil refinery", "Saudi Hospital") as a
 * curated place at its town's point: the town in its name, or else (`borrowed`) the town the
 * article last named. Null when no town is known.
 */
export function facilityAt(
  mentionText: string,
  base: { entry: GazetteerEntry; confidence: number } | null,
  borrowed: boolean,
  kind: 'facility' | 'region' = 'facility'
): Omit<PlacedMention, 'mention'> | null {
  if (!base) return null;
  const name = mentionText.replace(/^the\s+/i, '');
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const town = base.entry;
  return {
    id: `curated:${slug}`,
    ref: { curated: slug },
    name,
    kind,
    confidence: Math.round(base.confidence * (borrowed ? 0.6 : 0.9) * 1000) / 1000,
    alternatives: [],
    point: [town.lon, town.lat],
    needsReview: borrowed
      ? `not in the gazetteer; placed at ${town.name}, the town the article names before it`
      : `not in the gazetteer; placed at ${town.name} (${town.id})`
  };
}
