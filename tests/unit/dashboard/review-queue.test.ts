import { describe, expect, it } from 'vitest';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { approximatePlacement } from '$lib/annotated/approximate-placement';
import { reviewQueue } from '$lib/dashboard/review-queue';
import { annotatedFixture, fixtureIds } from './annotated-fixture';

const uid = '00000000-0000-4000-8000-000000000001';

/** The fixture with some places' properties changed. */
function withProperties(changes: Record<string, object>): AnnotatedGeoJson {
  const collection = annotatedFixture();
  return {
    ...collection,
    features: collection.features.map((feature) =>
      changes[feature.id]
        ? { ...feature, properties: { ...feature.properties, ...changes[feature.id] } }
        : feature
    )
  };
}

describe('reviewQueue', () => {
  it('lists unresolved, approximate, low-confidence and collective places in that order', () => {
    const collection = withProperties({
      [fixtureIds.geneva]: { confidence: 0.4, needsReview: 'ambiguous name' },
      [fixtureIds.avdiivka]: { confidence: 0.5 },
      // A facility the analysis placed at its town's point.
      [fixtureIds.kyiv]: {
        ref: { curated: 'kyiv-plant' },
        kind: 'facility',
        needsReview: 'not in the gazetteer; placed at Kyiv (geonames:703448)'
      }
    });
    const queue = reviewQueue(collection);
    expect(queue.map((item) => [item.id, item.reasons])).toEqual([
      [fixtureIds.threeRegions, ['unresolved', 'collective']],
      [fixtureIds.kyiv, ['approximate']],
      [fixtureIds.geneva, ['low confidence']],
      [fixtureIds.avdiivka, ['low confidence']],
      [fixtureIds.south, ['collective']]
    ]);
    expect(queue[0]).toMatchObject({
      words: 'three regions',
      needsReview: 'collective reference the text does not name'
    });
  });

  it('marks a set whose member count differs from the text’s as approximate', () => {
    const collection = withProperties({ [fixtureIds.south]: { count: 3 } });
    const south = collection.features.find((feature) => feature.id === fixtureIds.south)!;
    expect(approximatePlacement(south)).toBe(true);
    expect(reviewQueue(collection).find((item) => item.id === fixtureIds.south)!.reasons).toEqual([
      'approximate',
      'collective'
    ]);
    // Resolved by an analyst: exact, and out of the queue.
    const resolved = withProperties({
      [fixtureIds.south]: { count: 3, resolvedBy: { edit: uid, source: 'https://example.org/' } }
    });
    expect(approximatePlacement(resolved.features.find((feature) => feature.id === fixtureIds.south)!)).toBe(
      false
    );
    expect(reviewQueue(resolved).map((item) => item.id)).not.toContain(fixtureIds.south);
  });

  it('leaves out what an analyst accepted or moved there, and is empty for a settled article', () => {
    const accepted = withProperties({ [fixtureIds.threeRegions]: { acceptedBy: { edit: uid } } });
    expect(reviewQueue(accepted).map((item) => item.id)).toEqual([fixtureIds.south]);
    const collection = annotatedFixture();
    const settled = {
      ...collection,
      features: collection.features
        .filter((feature) => feature.properties.kind !== 'collective')
        .map((feature) => ({
          ...feature,
          properties: {
            ...feature.properties,
            confidence: 0.3,
            mentions: feature.properties.mentions.map((mention) => ({
              ...mention,
              reassigned: { from: 'geonames:1', edit: uid }
            }))
          }
        }))
    };
    expect(reviewQueue(settled)).toEqual([]);
  });
});
