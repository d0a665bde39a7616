import type { AnnotatedFeature, AnnotatedGeoJson } from '$lib/annotated/schema';

// A small article written for these tests, annotated by hand the way the analysis would
// (docs/annotated-geojson.md). Offsets are found with indexOf so the fixture stays consistent.
export const fixtureText =
  'KYIV: Moscow demands the two southern regions as a precondition for talks.\n\n' +
  'Russian forces captured Avdiivka in the Donetsk region, the army said.\n\n' +
  'Drones attacked power plants in three regions overnight, officials reported.\n\n' +
  'Negotiators met in Geneva. “We will not give up land,” Zelensky said.\n\n' +
  'Russia holds about one-fifth of Ukraine.';

function span(text: string, from = 0) {
  const start = fixtureText.indexOf(text, from);
  if (start < 0) throw new Error(`fixture: "${text}" not in the text`);
  return { start, end: start + text.length, text };
}

/** A counter-clockwise square, `size` degrees wide, with its south-west corner at [lon, lat]. */
function square(lon: number, lat: number, size = 1): [number, number][][] {
  return [
    [
      [lon, lat],
      [lon + size, lat],
      [lon + size, lat + size],
      [lon, lat + size],
      [lon, lat]
    ]
  ];
}

function feature(
  id: string,
  geometry: AnnotatedFeature['geometry'],
  properties: Partial<AnnotatedFeature['properties']> &
    Pick<AnnotatedFeature['properties'], 'ref' | 'name' | 'kind' | 'roles' | 'mentions'>
): AnnotatedFeature {
  return { type: 'Feature', id, geometry, properties: { confidence: 0.9, alternatives: [], ...properties } };
}

export const fixtureIds = {
  kyiv: 'geonames:703448',
  moscow: 'geonames:524901',
  south: 'set:UA-23+UA-65',
  avdiivka: 'geonames:712165',
  donetsk: 'admin1:UA-14',
  threeRegions: 'unresolved:3',
  geneva: 'geonames:2660646',
  russia: 'country:RU',
  ukraine: 'country:UA'
} as const;

export function annotatedFixture(): AnnotatedGeoJson {
  const demand = span('Moscow demands the two southern regions as a precondition for talks.');
  const captured = span('Russian forces captured Avdiivka in the Donetsk region, the army said.');
  const attacked = span('Drones attacked power plants in three regions overnight, officials reported.');
  const holds = span('Russia holds about one-fifth of Ukraine.');
  return {
    type: 'FeatureCollection',
    article: {
      title: 'Moscow demands the two southern regions as a precondition for talks',
      text: fixtureText,
      sha256: 'a'.repeat(64),
      length: fixtureText.length,
      dateline: { ...span('KYIV:'), place: fixtureIds.kyiv, agency: null },
      engine: { name: 'wiremap', version: 'fixture' }
    },
    features: [
      feature(
        fixtureIds.kyiv,
        { type: 'Point', coordinates: [30.52, 50.45] },
        {
          ref: { geonames: 703448 },
          name: 'Kyiv',
          kind: 'city',
          roles: ['mentioned'],
          mentions: [{ ...span('KYIV'), literal: true, role: 'mentioned' }]
        }
      ),
      feature(
        fixtureIds.moscow,
        { type: 'Point', coordinates: [37.62, 55.75] },
        {
          ref: { geonames: 524901 },
          name: 'Moscow',
          kind: 'city',
          roles: ['actor'],
          mentions: [{ ...span('Moscow'), literal: false, role: 'actor' }]
        }
      ),
      feature(
        fixtureIds.south,
        { type: 'MultiPolygon', coordinates: [square(34, 46), square(32, 46)] },
        {
          ref: { set: ['UA-23', 'UA-65'], named_in_text: false },
          name: 'two southern regions',
          kind: 'collective',
          roles: ['contested', 'mentioned'],
          count: 2,
          mentions: [{ ...span('two southern regions'), literal: true, role: 'mentioned' }]
        }
      ),
      feature(
        fixtureIds.russia,
        { type: 'Polygon', coordinates: square(40, 50, 10) },
        {
          ref: { country: 'RU' },
          name: 'Russia',
          kind: 'country',
          roles: ['actor', 'mentioned'],
          mentions: [
            { ...span('Russian'), literal: true, demonym: true, role: 'mentioned' },
            {
              ...span('Russia holds'),
              end: span('Russia holds').start + 6,
              text: 'Russia',
              literal: false,
              role: 'actor'
            }
          ]
        }
      ),
      feature(
        fixtureIds.avdiivka,
        { type: 'Point', coordinates: [37.75, 48.14] },
        {
          ref: { geonames: 712165 },
          name: 'Avdiivka',
          kind: 'city',
          roles: ['event'],
          mentions: [{ ...span('Avdiivka'), literal: true, role: 'event' }]
        }
      ),
      feature(
        fixtureIds.donetsk,
        { type: 'Polygon', coordinates: square(37, 47.5) },
        {
          ref: { admin1: 'UA-14' },
          name: 'Donetsk Oblast',
          kind: 'admin1',
          roles: ['event'],
          mentions: [{ ...span('Donetsk region'), literal: true, role: 'event' }]
        }
      ),
      feature(fixtureIds.threeRegions, null, {
        ref: { unresolved: 'three regions, not named in the text', count: 3 },
        name: 'three regions, not named in the text',
        kind: 'collective',
        roles: ['struck'],
        count: 3,
        needsReview: 'collective reference the text does not name',
        mentions: [{ ...span('three regions'), literal: true, role: 'struck' }]
      }),
      feature(
        fixtureIds.geneva,
        { type: 'Point', coordinates: [6.14, 46.2] },
        {
          ref: { geonames: 2660646 },
          name: 'Geneva',
          kind: 'city',
          roles: ['meeting'],
          mentions: [{ ...span('Geneva'), literal: true, role: 'meeting' }]
        }
      ),
      feature(
        fixtureIds.ukraine,
        { type: 'Polygon', coordinates: square(22, 44, 18) },
        {
          ref: { country: 'UA' },
          name: 'Ukraine',
          kind: 'country',
          roles: ['mentioned'],
          mentions: [{ ...span('Ukraine'), literal: true, role: 'mentioned' }]
        }
      )
    ],
    quotes: [{ ...span('We will not give up land,'), speaker: 'Volodymyr Zelensky' }],
    figures: [
      {
        ...span('three regions'),
        value: 3,
        approx: false,
        counts: 'regions',
        places: [fixtureIds.threeRegions]
      },
      {
        ...span('about one-fifth'),
        value: 0.2,
        approx: true,
        counts: 'Ukraine',
        places: [fixtureIds.ukraine]
      }
    ],
    claims: [
      { ...demand, by: 'Moscow', type: 'demand', places: [fixtureIds.south] },
      { ...captured, by: 'the army', type: 'report', places: [fixtureIds.avdiivka, fixtureIds.donetsk] },
      { ...attacked, by: 'officials', type: 'report', places: [fixtureIds.threeRegions] },
      { ...holds, by: 'AFP', type: 'statement', places: [fixtureIds.ukraine] }
    ]
  };
}
