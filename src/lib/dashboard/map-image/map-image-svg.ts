import type { MapImageLayout, TextLine } from './map-image-layout';

/** A legend symbol as SVG: a dot, a ring, or an area (its outline dashed for struck and other places). */
function symbolElement(item: MapImageLayout['legend'][number]): string {
  const { x, y, width } = item.swatch;
  const colour = escaped(item.colour);
  const radius = width / 2;
  if (item.symbol === 'dot')
    return `<circle cx="${x + radius}" cy="${(y + radius).toFixed(1)}" r="${radius - 1}" fill="${colour}" stroke="#ffffff" stroke-width="1.5"/>`;
  if (item.symbol === 'ring')
    return `<circle cx="${x + radius}" cy="${(y + radius).toFixed(1)}" r="${radius - 1.5}" fill="#ffffff" stroke="${colour}" stroke-width="3"/>`;
  const dash = item.symbol === 'dashed-area' ? ' stroke-dasharray="3 2"' : '';
  return `<rect x="${x + 1}" y="${(y + 1).toFixed(1)}" width="${width - 2}" height="${width - 2}" rx="2" fill="${colour}" fill-opacity="0.45" stroke="${colour}" stroke-width="2"${dash}/>`;
}

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
      symbolElement(item),
      textElement(item.text, layout.legendSize, ' fill="#222222"')
    ]),
    `</g>`,
    ...layout.notes.lines.map((line) => textElement(line, layout.notes.size, ' fill="#555555"')),
    `</svg>`
  ];
  return parts.join('\n');
}
