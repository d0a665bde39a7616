import type { PlaceMention } from '../types';
import type { FoundPlace } from './found-place';

/** One mention with everything its place needs, before mentions of one referent are merged. */
export type PlacedMention = Omit<FoundPlace, 'mentions'> & { mention: PlacedMentionSpan };
type PlacedMentionSpan = PlaceMention;

const REVIEW_BELOW = 0.6;

/**
 * Merges mentions of the same referent into one place (id = gazetteer id), in order of first
 * mention; keeps the best confidence and flags low-confidence places for review.
 */
export function groupPlaces(placed: readonly PlacedMention[]): FoundPlace[] {
  const byId = new Map<string, FoundPlace>();
  for (const { mention, ...place } of [...placed].sort((a, b) => a.mention.start - b.mention.start)) {
    const known = byId.get(place.id);
    if (!known) {
      byId.set(place.id, { ...place, mentions: [mention] });
      continue;
    }
    known.mentions.push(mention);
    if (place.confidence > known.confidence) {
      known.confidence = place.confidence;
      known.alternatives = place.alternatives;
    }
    known.needsReview ??= place.needsReview;
  }
  const places = [...byId.values()];
  for (const place of places) {
    if (!place.needsReview && place.confidence < REVIEW_BELOW) {
      const runnerUp = place.alternatives[0];
      place.needsReview = `ambiguous name${runnerUp ? `: could be ${runnerUp.name} (${runnerUp.id})` : ''}`;
    }
  }
  return places;
}
