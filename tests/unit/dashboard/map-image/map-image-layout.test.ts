import { describe, expect, it } from 'vitest';
import { mapImageContent } from '$lib/dashboard/map-image/map-image-content';
import { imageHeightFor, mapImageLayout, wrapText } from '$lib/dashboard/map-image/map-image-layout';
import { mapImageSvg } from '$lib/dashboard/map-image/map-image-svg';
import { legendModel } from '$lib/dashboard/legend-model';
import { defaultVisibleRoles, layerRoles } from '$lib/map/layer-roles';
import { roleColour } from '$lib/map/role-colours';
import { annotatedFixture } from '../annotated-fixture';

describe('mapImageContent', () => {
  it('lists the legend model’s entries for the roles shown, with their colours, and the source line', () => {
    const collection = annotatedFixture();
    collection.article.published = '2026-02-01';
    collection.article.dateline = { ...collection.article.dateline!, agency: 'Wire Service' };
    const content = mapImageContent(collection, ['event', 'actor'], '9.9.9');
    const expected = legendModel(collection).filter((entry) => ['event', 'actor'].includes(entry.role));
    expect(expected.length).toBe(2);
    expect(content.legend.map((entry) => [entry.label, entry.count, entry.colour])).toEqual(
      expected.map((entry) => [entry.label, entry.count, roleColour(entry.role)])
    );
    // The fixture's event is a region (an area); its actor, Moscow, a point.
    expect(content.legend.map((entry) => entry.symbol)).toEqual(['area', 'ring']);
    expect(content.source).toBe(
      `Source: ${collection.article.title} · Wire Service · 2026-02-01 · wiremap 9.9.9`
    );
    expect(content.credits).toBe('Map data: Natural Earth, GeoNames');
  });

  it('draws a role as pins when the map draws only points for it, else as its area', () => {
    const collection = annotatedFixture();
    const symbols = Object.fromEntries(
      mapImageContent(collection, [...layerRoles], '1.0.0').legend.map((entry) => [entry.role, entry.symbol])
    );
    expect(symbols).toMatchObject({ event: 'area', actor: 'ring', contested: 'area', meeting: 'dot' });
    // Struck places without an outline drawn keep the dashed area; a struck town alone is a pin.
    expect(symbols.struck).toBe('dashed-area');
    const struck = collection.features.find((feature) => feature.properties.roles.includes('struck'))!;
    struck.geometry = { type: 'Point', coordinates: [36.2, 50] };
    struck.properties.ref = { geonames: 1 };
    const pinned = mapImageContent(collection, ['struck'], '1.0.0').legend;
    expect(pinned.map((entry) => entry.symbol)).toEqual(['dot']);
  });

  it('leaves out what is not known: no agency, no date', () => {
    const content = mapImageContent(annotatedFixture(), defaultVisibleRoles, '1.0.0');
    expect(content.source).toBe(`Source: ${annotatedFixture().article.title} · wiremap 1.0.0`);
  });
});

describe('mapImageLayout', () => {
  const content = mapImageContent(annotatedFixture(), [...layerRoles], '1.0.0');

  it('stacks title, map, legend and notes inside the image without overlap', () => {
    const layout = mapImageLayout(content, 800, 600);
    const lastTitle = layout.title.lines.at(-1)!;
    expect(lastTitle.y).toBeLessThan(layout.map.y);
    expect(layout.map).toMatchObject({ x: 0, width: 800 });
    expect(layout.legendBox.y).toBe(layout.map.y + layout.map.height);
    for (const item of layout.legend) {
      expect(item.swatch.y).toBeGreaterThanOrEqual(layout.legendBox.y);
      expect(item.swatch.y + item.swatch.height).toBeLessThanOrEqual(
        layout.legendBox.y + layout.legendBox.height
      );
      expect(item.swatch.x + item.swatch.width).toBeLessThan(item.text.x);
    }
    const lastNote = layout.notes.lines.at(-1)!;
    expect(layout.notes.lines[0]!.y).toBeGreaterThan(layout.legendBox.y + layout.legendBox.height);
    expect(lastNote.y).toBeLessThanOrEqual(600);
    expect(layout.legend.map((item) => item.label)).toEqual(
      content.legend.map((entry) => `${entry.label} (${entry.count})`)
    );
  });

  it('wraps the legend into more rows on a narrow image, each row inside the width', () => {
    const wide = mapImageLayout(content, 1600, 900);
    const narrow = mapImageLayout(content, 320, 900);
    expect(new Set(wide.legend.map((item) => item.swatch.y)).size).toBe(1);
    expect(new Set(narrow.legend.map((item) => item.swatch.y)).size).toBeGreaterThan(2);
    expect(narrow.legendBox.height).toBeGreaterThan(wide.legendBox.height);
    expect(narrow.map.height).toBeLessThan(wide.map.height);
  });

  it('gives the map the height asked for when the image is sized around it (the dashboard’s view)', () => {
    const height = imageHeightFor(content, 900, 500);
    expect(mapImageLayout(content, 900, height).map.height).toBe(500);
  });

  it('refuses a size that leaves the map under 120 px tall, saying how much it had', () => {
    expect(() => mapImageLayout(content, 320, 240)).toThrow(RangeError);
    expect(() => mapImageLayout(content, 320, 240)).toThrow(
      /leaves the map \d+ px of height; it needs at least 120/
    );
  });
});

describe('wrapText', () => {
  it('breaks at spaces and cuts the last allowed line with an ellipsis', () => {
    expect(wrapText('one two three', 10, 1000)).toEqual(['one two three']);
    const lines = wrapText('word '.repeat(60).trim(), 10, 100, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});

describe('mapImageSvg', () => {
  it('escapes the article’s words and embeds the map as an image', () => {
    const collection = annotatedFixture();
    collection.article.title = 'Strikes <script>alert(1)</script> & "talks"';
    const layout = mapImageLayout(mapImageContent(collection, defaultVisibleRoles, '1.0.0'), 800, 600);
    const svg = mapImageSvg(layout, 'data:image/png;base64,AAAA');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('Strikes &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;talks&quot;');
    expect(svg).toContain(
      `<image x="0" y="${layout.map.y}" width="800" height="${layout.map.height}" preserveAspectRatio="none" href="data:image/png;base64,AAAA"/>`
    );
    for (const item of layout.legend) expect(svg).toContain(`>${item.label}</text>`);
  });
});
