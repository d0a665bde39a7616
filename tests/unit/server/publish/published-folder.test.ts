import { describe, expect, it } from 'vitest';
import { validateAnnotatedGeoJson } from '$lib/annotated/validate-annotated-geojson';
import { publicationFiles, publicationSchema } from '$lib/dashboard/map-image/publication';
import { wiremapVersion } from '$lib/dashboard/map-image/wiremap-version';
import { decodeAdmin1Topology, decodeBaseTopology } from '$lib/map/decode-base-topology';
import { publishedFolder } from '$lib/server/publish/published-folder';
import { annotatedFixture } from '../../dashboard/annotated-fixture';

describe('publishedFolder', () => {
  it('holds the page, its scripts and styles, and the article’s data: manifest, full export, boundaries', async () => {
    const collection = annotatedFixture();
    const folder = await publishedFolder(collection, {
      visible: ['event', 'struck'],
      dashboard: 'https://wiremap.example/?article=abc',
      publishedAt: new Date('2026-03-01T10:00:00Z')
    });
    expect([...folder.keys()].sort()).toEqual(
      [
        'article.geojson',
        'boundaries.json',
        'index.html',
        'maplibre-gl-worker.mjs',
        'maplibre-gl.css',
        'publication.json',
        'published-map.css',
        'published-map.js'
      ].sort()
    );
    const read = (name: string) => JSON.parse(new TextDecoder().decode(folder.get(name)!)) as unknown;
    expect(publicationSchema.parse(read(publicationFiles.manifest))).toEqual({
      wiremap: wiremapVersion,
      article: collection.article.sha256,
      title: collection.article.title,
      publishedAt: '2026-03-01T10:00:00.000Z',
      visible: ['event', 'struck'],
      reviewVersion: 0,
      dashboard: 'https://wiremap.example/?article=abc'
    });
    const exported = validateAnnotatedGeoJson(read(publicationFiles.article));
    expect(exported.ok && exported.value.features.map((feature) => feature.id)).toEqual(
      collection.features.map((feature) => feature.id)
    );
    const boundaries = read(publicationFiles.boundaries) as { countries: never; admin1: never[] };
    expect(decodeBaseTopology(boundaries.countries).features.length).toBeGreaterThan(150);
    // The fixture is about Ukraine: its first-level units travel with it.
    expect(
      boundaries.admin1.flatMap((topology) =>
        decodeAdmin1Topology(topology).features.map((unit) => unit.properties.country)
      )
    ).toContain('UA');
    const page = new TextDecoder().decode(folder.get('index.html')!);
    // Every address in the page is relative: the folder works from any file server, offline.
    for (const [, address] of page.matchAll(/(?:src|href)="([^"]*)"/g))
      expect(address).not.toMatch(/^[a-z]+:\/\/|^\//);
  });
});
