import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ringCrossing } from '$lib/annotated/ring-crossings';

const geodata = join(process.cwd(), 'geodata');
const shipped = [
  'admin1.geojson',
  'countries.geojson',
  'admin1-world.geojson',
  'regions.geojson',
  ...readdirSync(join(geodata, 'admin1')).map((name) => `admin1/${name}`)
];

type Polygonal = { type: 'Polygon'; coordinates: [number, number][][] } | { type: 'MultiPolygon'; coordinates: [number, number][][][] };

/** `<id> polygon <i> ring <j> near [lon, lat]` for every ring of a file that meets itself. */
function ringsMeetingThemselves(file: string): string[] {
  const collection = JSON.parse(readFileSync(join(geodata, file), 'utf8')) as {
    features: { id: string; geometry: Polygonal }[];
  };
  const found: string[] = [];
  for (const { id, geometry } of collection.features) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    polygons.forEach((polygon, i) =>
      polygon.forEach((ring, j) => {
        const crossing = ringCrossing(ring, Infinity);
        if (crossing) found.push(`${id} polygon ${i} ring ${j} ${JSON.stringify(crossing)}`);
      })
    );
  }
  return found;
}

// The import refuses rings that meet themselves, so every outline we ship (and so every export
// of ours) must pass the same check; `npm run geodata` repairs them (geodata/SOURCES.md).
describe('the generated outlines', () => {
  it('are the files we ship: the screen, the world and one file per country', () => {
    expect(shipped.length).toBeGreaterThan(150);
  });

  it.each(shipped)('%s has no ring that meets itself', (file) => {
    expect(ringsMeetingThemselves(file)).toEqual([]);
  });
});
