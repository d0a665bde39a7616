import { describe, expect, it } from 'vitest';
import { approximateLayers } from '$lib/map/approximate-layers';
import { roleSourceIds } from '$lib/map/role-layers';
import { annotatedFixture, fixtureIds } from '../dashboard/annotated-fixture';

describe('approximateLayers', () => {
  it('marks only the approximate placements, on the places source', () => {
    const collection = annotatedFixture();
    expect(approximateLayers(collection, '#000')).toEqual([]);
    const miscounted = {
      ...collection,
      features: collection.features.map((feature) =>
        feature.id === fixtureIds.south
          ? { ...feature, properties: { ...feature.properties, count: 3 } }
          : feature
      )
    };
    const layers = approximateLayers(miscounted, '#123456');
    expect(layers.map((layer) => layer.id)).toEqual(['approximate-ring', 'approximate-outline']);
    for (const layer of layers) {
      expect(layer).toMatchObject({ source: roleSourceIds.places });
      expect(JSON.stringify(layer)).toContain(JSON.stringify(['literal', [fixtureIds.south]]));
    }
  });
});
