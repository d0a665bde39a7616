import type { MapImageLayout, TextLine } from './map-image-layout';

const escaped = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function textElement(line: TextLine, size: number, attributes = ''): string {
  return `<text x="${line.x}" y="${line.y.toFixed(1)}" font-size="${size}"${attributes}>${escaped(line.text)}</text>`;
}

/**
 * The map image as SVG: the map itself as an embedded PNG (`mapPng`, a data: URL), and the
 * title, legend, source and credits as real text, so an editor can restyle or translate them.
 */
export function mapImageSvg(layout: MapImageLayout, mapPng: string): string {
  const { map } = layout;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${escaped(layout.font)}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...layout.title.lines.map((line) =>
      textElement(line, layout.title.size, ' font-weight="700" fill="#111111"')
    ),
    `<image x="${map.x}" y="${map.y}" width="${map.width}" height="${map.height}" preserveAspectRatio="none" href="${escaped(mapPng)}"/>`,
    `<g data-part="legend">`,
    ...layout.legend.flatMap((item) => [
      `<rect x="${item.swatch.x}" y="${item.swatch.y.toFixed(1)}" width="${item.swatch.width}" height="${item.swatch.height}" rx="2" fill="${escaped(item.colour)}"/>`,
      textElement(item.text, layout.legendSize, ' fill="#222222"')
    ]),
    `</g>`,
    ...layout.notes.lines.map((line) => textElement(line, layout.notes.size, ' fill="#555555"')),
    `</svg>`
  ];
  return parts.join('\n');
}
