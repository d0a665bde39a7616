import { approximatePlacement } from '$lib/annotated/approximate-placement';
import type { AnnotatedFeature, AnnotatedGeoJson } from '$lib/annotated/schema';

/** Why a place is in the review queue, most pressing first. */
export const queueReasons = ['unresolved', 'approximate', 'low confidence', 'collective'] as const;
export type QueueReason = (typeof queueReasons)[number];

/** Below this the analysis itself asks for review (analysis/places/group-places.ts, REVIEW_BELOW). */
export const LOW_CONFIDENCE = 0.6;

/** One place worth a look, with every reason it is in the queue. */
export interface QueueItem {
  id: string;
  name: string;
  /** The article's words at its first mention. */
  words: string;
  reasons: QueueReason[];
  confidence: number;
  /** The analysis's own reason, when it gave one. */
  needsReview?: string;
}

function reasonsFor(feature: AnnotatedFeature): QueueReason[] {
  const { ref, kind, confidence } = feature.properties;
  const reasons: QueueReason[] = [];
  if ('unresolved' in ref) reasons.push('unresolved');
  if (approximatePlacement(feature)) reasons.push('approximate');
  if (confidence < LOW_CONFIDENCE) reasons.push('low confidence');
  if (kind === 'collective') reasons.push('collective');
  return reasons;
}

/** An analyst already settled it: accepted, resolved, or every mention reassigned here. */
export const settled = (feature: AnnotatedFeature) =>
  Boolean(feature.properties.acceptedBy) ||
  Boolean(feature.properties.resolvedBy) ||
  feature.properties.mentions.every((mention) => mention.reassigned);

/**
 * The places most worth an analyst's look, in one list: unresolved first, then approximate
 * placements, low confidence, and collective references; within a reason the least confident
 * first, then by first mention. Places an analyst settled are left out.
 */
export function reviewQueue(collection: Pick<AnnotatedGeoJson, 'features'>): QueueItem[] {
  const rank = (item: QueueItem) => queueReasons.indexOf(item.reasons[0]!);
  const firstStart = new Map(
    collection.features.map((feature) => [feature.id, feature.properties.mentions[0]!.start])
  );
  return collection.features
    .filter((feature) => !settled(feature))
    .map((feature) => ({ feature, reasons: reasonsFor(feature) }))
    .filter(({ reasons }) => reasons.length > 0)
    .map(({ feature, reasons }) => ({
      id: feature.id,
      name: feature.properties.name,
      words: feature.properties.mentions[0]!.text,
      reasons,
      confidence: feature.properties.confidence,
      ...(feature.properties.needsReview ? { needsReview: feature.properties.needsReview } : {})
    }))
    .sort(
      (a, b) =>
        rank(a) - rank(b) || a.confidence - b.confidence || firstStart.get(a.id)! - firstStart.get(b.id)!
    );
}
