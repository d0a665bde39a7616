import { describe, expect, it } from 'vitest';
import { baseUrl } from '../browser';
import { post } from './api-requests';
import { refused, unchangedStore } from './unchanged-store';

const targets = unchangedStore('bad imports');

describe('bad GeoJSON imports are refused 422 with the reasons', () => {
  const withLvivGeometry = (geometry: unknown) => ({
    ...targets.deletedExport,
    features: targets.deletedExport.features.map((feature) =>
      feature.id === targets.lviv ? { ...feature, geometry } : feature
    )
  });
  const importing = (value: unknown) =>
    post(baseUrl, '/api/articles', 'application/geo+json', JSON.stringify(value));

  it('refuses a polygon whose ring is not closed', async () => {
    const open = withLvivGeometry({
      type: 'Polygon',
      coordinates: [
        [
          [24, 49],
          [25, 49],
          [25, 50],
          [24, 50]
        ]
      ]
    });
    const answer = await importing(open);
    refused(answer, 422, /not a valid wiremap export/);
    expect((answer.body.reasons as string[]).join('\n')).toMatch(/features\[\d+\]\.geometry.*(clos|ring)/i);
  });

  it('refuses an exterior ring wound clockwise', async () => {
    const clockwise = withLvivGeometry({
      type: 'Polygon',
      coordinates: [
        [
          [24, 49],
          [24, 50],
          [25, 50],
          [25, 49],
          [24, 49]
        ]
      ]
    });
    const answer = await importing(clockwise);
    refused(answer, 422, /not a valid wiremap export/);
    expect((answer.body.reasons as string[]).join('\n')).toMatch(/wind|clockwise/i);
  });

  it('refuses a ring that crosses itself (a bowtie), saying where', async () => {
    const bowtie = withLvivGeometry({
      type: 'Polygon',
      coordinates: [
        [
          [24, 49],
          [25, 50],
          [25, 49],
          [24, 50],
          [24, 49]
        ]
      ]
    });
    const answer = await importing(bowtie);
    refused(answer, 422, /not a valid wiremap export/);
    expect((answer.body.reasons as string[]).join('\n')).toMatch(
      /features\[\d+\]\.geometry ring 0: ring intersects itself near \[24\.5, 49\.5\]/
    );
  });

  it('refuses coordinates out of range or not numbers', async () => {
    refused(
      await importing(withLvivGeometry({ type: 'Point', coordinates: [200, 95] })),
      422,
      /coordinates|longitude|latitude|range/i
    );
    refused(
      await importing(withLvivGeometry({ type: 'Point', coordinates: ['24', '49'] })),
      422,
      // The schema's geometry union names the place but says no more than "Invalid input".
      /features\.\d+\.geometry/
    );
  });

  it('refuses an export whose text no longer matches its sha256 or its offsets', async () => {
    const altered = {
      ...targets.deletedExport,
      article: {
        ...targets.deletedExport.article,
        text: targets.deletedExport.article.text.replace('Lviv', 'Lvov')
      }
    };
    refused(await importing(altered), 422, /not a valid wiremap export/);
    refused(await importing({ type: 'FeatureCollection', features: [] }), 422, /not a valid wiremap export/);
  });
});
