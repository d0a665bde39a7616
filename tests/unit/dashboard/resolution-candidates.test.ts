import { describe, expect, it } from 'vitest';
import type { AnnotatedFeature } from '$lib/annotated/schema';
import type { GazetteerHit } from '$lib/dashboard/api-responses';
import { hitCandidate, nearestPlaceWords, resolutionCandidates } from '$lib/dashboard/resolution-candidates';

const place = (id: string, name: string, geometry: AnnotatedFeature['geometry']): AnnotatedFeature => ({
  type: 'Feature',
  id,
  geometry,
  properties: {
    ref: { curated: id },
    name,
    kind: 'city',
    roles: ['mentioned'],
    confidence: 0.4,
    alternatives: [
      { id: 'geonames:1', name: 'Alexandria', score: 0 },
      { id: 'geonames:2', name: 'Alexandria', score: 0 },
      { id: 'geonames:3', name: 'Alexandria', score: 0 }
    ],
    mentions: [{ start: 0, end: 10, text: 'Alexandria', literal: true, role: 'mentioned' }]
  }
});
const square = (lon: number, lat: number): AnnotatedFeature['geometry'] => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + 2, lat],
      [lon + 2, lat + 2],
      [lon, lat + 2],
      [lon, lat]
    ]
  ]
});
const hit = (id: string, extra: Partial<GazetteerHit>): GazetteerHit => ({
  id,
  name: 'Alexandria',
  kind: 'city',
  country: 'EG',
  population: 0,
  point: [29.9, 31.2],
  ...extra
});

const cairo = place('geonames:10', 'Cairo', { type: 'Point', coordinates: [31.25, 30.05] });
const romania = place('country:RO', 'Romania', square(24, 43));
const reviewed = place('geonames:1', 'Alexandria', { type: 'Point', coordinates: [29.9, 31.2] });

describe('resolution candidates', () => {
  it('tells the three Alexandrias apart by unit, country, population and distance', () => {
    const details = new Map<string, GazetteerHit>([
      [
        'geonames:2',
        hit('geonames:2', { countryName: 'Egypt', admin1Name: 'Alexandria', population: 3811516 })
      ],
      [
        'geonames:3',
        hit('geonames:3', {
          country: 'RO',
          countryName: 'Romania',
          admin1: 'RO-TR',
          admin1Name: 'Teleorman',
          population: 45434,
          point: [25.33, 43.98]
        })
      ]
    ]);
    const rows = resolutionCandidates(reviewed, details, [reviewed, cairo, romania]);
    expect(rows.map((row) => row.detail)).toEqual([
      'city · Alexandria, Egypt · pop. 3,811,516 · 182 km from Cairo',
      'city · Teleorman, Romania · pop. 45,434 · in Romania'
    ]);
  });

  it('never shows two rows alike: namesakes that read the same get their ids', () => {
    const rows = resolutionCandidates({ ...reviewed, id: 'geonames:9' }, new Map(), []);
    expect(rows.map((row) => `${row.name} ${row.detail}`)).toEqual([
      'Alexandria score 0.00 · geonames:1',
      'Alexandria score 0.00 · geonames:2',
      'Alexandria score 0.00 · geonames:3'
    ]);
    expect(new Set(rows.map((row) => `${row.name} ${row.detail}`)).size).toBe(3);
  });

  it('measures to the nearest place, an outline counting from its edge, and says nothing with no places', () => {
    expect(nearestPlaceWords([23, 44], [romania, cairo])).toBe('80 km from Romania');
    expect(nearestPlaceWords([23, 44], [])).toBeUndefined();
    expect(hitCandidate(hit('geonames:5', { countryName: 'Egypt' }), []).detail).toBe('city · Egypt');
  });
});
