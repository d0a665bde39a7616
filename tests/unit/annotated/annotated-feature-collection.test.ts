import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '$lib/analysis/types';
import { annotatedFeatureCollection, placeRoles } from '$lib/annotated/annotated-feature-collection';
import { validateAnnotatedGeoJson } from '$lib/annotated/validate-annotated-geojson';

const text = 'Kyiv accused Moscow of shelling Kharkiv. Moscow demands two regions.';
const at = (word: string, from = 0) => {
  const start = text.indexOf(word, from);
  return { start, end: start + word.length, text: word };
};

const analysis: ArticleAnalysis = {
  dateline: null,
  places: [
    {
      id: 'geonames:524901',
      ref: { geonames: 524901 },
      name: 'Moscow',
      kind: 'city',
      confidence: 0.9,
      alternatives: [],
      mentions: [
        { ...at('Moscow', 20), literal: false, role: 'actor' },
        { ...at('Moscow'), literal: false, role: 'actor' }
      ]
    },
    {
      id: 'geonames:706483',
      ref: { geonames: 706483 },
      name: 'Kharkiv',
      kind: 'city',
      confidence: 0.95,
      alternatives: [{ id: 'admin1:UA-63', name: 'Kharkiv Oblast', score: 0.3 }],
      mentions: [{ ...at('Kharkiv'), literal: true, role: 'struck' }]
    },
    {
      id: 'unresolved:56',
      ref: { unresolved: 'two regions, not named', count: 2 },
      name: 'two regions',
      kind: 'collective',
      confidence: 0.5,
      alternatives: [],
      count: 2,
      needsReview: 'the article does not name these regions',
      mentions: [{ ...at('two regions'), literal: true, role: 'mentioned' }]
    }
  ],
  quotes: [],
  figures: [{ ...at('two regions'), value: 2, approx: false, counts: 'regions', places: ['unresolved:56'] }],
  claims: [
    { ...at('Moscow demands two regions'), by: 'Moscow', type: 'demand', places: ['unresolved:56'] },
    { ...at('Moscow of shelling Kharkiv'), by: 'Kyiv', type: 'accusation', places: ['geonames:706483'] }
  ]
};

const points: Record<string, [number, number]> = {
  'geonames:524901': [37.6, 55.75],
  'geonames:706483': [36.25, 49.98]
};
const collection = annotatedFeatureCollection(
  analysis,
  { text, title: 'Test', sha256: 'a'.repeat(64) },
  (place) => (points[place.id] ? { type: 'Point', coordinates: points[place.id]! } : null),
  '9.9.9'
);

describe('annotatedFeatureCollection', () => {
  it('orders features by first mention and mentions by offset', () => {
    expect(collection.features.map((feature) => feature.id)).toEqual([
      'geonames:524901',
      'geonames:706483',
      'unresolved:56'
    ]);
    expect(collection.features[0]!.properties.mentions.map((mention) => mention.start)).toEqual([13, 41]);
  });

  it('adds the contested role to places a demand concerns, and keeps null geometry for unresolved sets', () => {
    const unresolved = collection.features[2]!;
    expect(unresolved.properties.roles).toEqual(['contested', 'mentioned']);
    expect(unresolved.geometry).toBeNull();
    expect(unresolved.properties.needsReview).toMatch(/not name/);
  });

  it('orders claims by offset and records the article and engine', () => {
    expect(collection.claims.map((claim) => claim.type)).toEqual(['accusation', 'demand']);
    expect(collection.article).toMatchObject({
      title: 'Test',
      length: text.length,
      engine: { name: 'wiremap', version: '9.9.9' }
    });
  });

  it('produces a collection that passes validation', () => {
    expect(validateAnnotatedGeoJson(JSON.parse(JSON.stringify(collection)))).toMatchObject({ ok: true });
  });
});

describe('placeRoles', () => {
  it('does not mark an actor contested just because it makes a demand', () => {
    expect(
      placeRoles(analysis.places[0]!, [
        { ...at('Moscow demands'), by: 'Moscow', type: 'demand', places: ['geonames:524901'] }
      ])
    ).toEqual(['actor']);
  });
});

describe('validateAnnotatedGeoJson', () => {
  const broken = (change: (copy: ReturnType<typeof structuredClone<typeof collection>>) => void) => {
    const copy = structuredClone(collection);
    change(copy);
    const result = validateAnnotatedGeoJson(copy);
    return result.ok ? [] : result.reasons;
  };

  it('reports a mention whose text does not match the article', () => {
    expect(broken((copy) => (copy.features[1]!.properties.mentions[0]!.text = 'Kharkov'))).toEqual([
      'features[1].properties.mentions[0]: text does not match the article at 32–39'
    ]);
  });

  it('reports offsets outside the text, unknown place ids and duplicate ids', () => {
    const reasons = broken((copy) => {
      copy.quotes.push({ start: 60, end: 500, text: 'x', speaker: null });
      copy.figures[0]!.places = ['country:ZZ'];
      copy.features[1]!.id = copy.features[0]!.id;
    });
    expect(reasons).toContain('quotes[0]: offsets 60–500 lie outside the article');
    expect(reasons).toContain('figures[0].places: no feature country:ZZ');
    expect(reasons).toContain('features[1]: duplicate id geonames:524901');
  });

  it('reports clockwise exterior rings (RFC 7946 right-hand rule) and schema errors', () => {
    const clockwise = broken((copy) => {
      copy.features[1]!.geometry = {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [0, 1],
            [1, 1],
            [1, 0],
            [0, 0]
          ]
        ]
      };
    });
    expect(clockwise).toEqual(['features[1].geometry ring 0: exterior ring is clockwise (right-hand rule)']);
    const result = validateAnnotatedGeoJson({ type: 'FeatureCollection', features: 'none' });
    expect(result.ok).toBe(false);
  });
});
