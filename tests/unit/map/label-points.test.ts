import { describe, expect, it } from 'vitest';
import { labelPoints } from '$lib/map/label-points';
import { admin1Fixture } from './boundary-fixtures';

describe('labelPoints', () => {
  it('gives one point per area at its label anchor, with its id and properties', () => {
    const points = labelPoints(admin1Fixture);
    expect(points.features).toHaveLength(admin1Fixture.features.length);
    expect(points.features[0]).toEqual({
      type: 'Feature',
      id: 'UA-14',
      properties: admin1Fixture.features[0]!.properties,
      geometry: { type: 'Point', coordinates: [32.5, 48.5] }
    });
  });

  it('moves only the areas it is given anchors for', () => {
    const points = labelPoints(admin1Fixture, { 'UA-63': [30, 50] });
    expect(points.features.map((point) => point.geometry.coordinates)).toEqual([
      [32.5, 48.5],
      [30, 50],
      [36, 49]
    ]);
  });
});
