import type { LegendSymbol, MapImageContent } from './map-image-content';

/** The formats a map image comes in. */
export type MapImageFormat = 'png' | 'svg';

/** A box in CSS pixels of the composed image. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One line of text at its baseline. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
}

/** Where everything of a map image goes, in CSS pixels (the composer multiplies by the scale). */
export interface MapImageLayout {
  width: number;
  height: number;
  title: { lines: TextLine[]; size: number };
  map: Box;
  /** The band below the map that holds the legend. */
  legendBox: Box;
  legend: { label: string; colour: string; symbol: LegendSymbol; swatch: Box; text: TextLine }[];
  legendSize: number;
  notes: { lines: TextLine[]; size: number };
  font: string;
}

/** Smallest and largest image sides, in CSS pixels; a map area under MIN_MAP_HEIGHT is refused. */
export const imageLimits = { minWidth: 320, maxWidth: 2400, minHeight: 240, maxHeight: 2400 } as const;
const MIN_MAP_HEIGHT = 120;

const margin = 16;
const titleSize = 20;
const legendSize = 13;
const noteSize = 11;
const swatchSide = 14;

/**
 * Text width estimated from its length: the same in Node and every browser, so a layout never
 * depends on which fonts are installed. 0.56 em per character covers Helvetica-like faces; a
 * line is wrapped before it could overflow.
 */
function textWidth(text: string, size: number): number {
  return text.length * size * 0.56;
}

/** `text` broken at spaces into lines no wider than `width`, at most `maxLines` (the last cut with "…"). */
export function wrapText(text: string, size: number, width: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const perLine = Math.floor(width / (size * 0.56));
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, Math.max(1, perLine - 1))}…`;
  return kept;
}

/** Lines of `texts`, each wrapped, stacked from `top` at `lineHeight`. */
function stacked(texts: string[][], top: number, size: number, lineHeight: number): TextLine[] {
  return texts.flat().map((text, index) => ({ text, x: margin, y: top + size + index * lineHeight }));
}

/** The height the title, legend and notes take around a map `width` wide. */
function bands(content: MapImageContent, width: number) {
  const inner = width - 2 * margin;
  const title = wrapText(content.title, titleSize, inner, 2);
  // Whole pixels for each band, so a map sized around (imageHeightFor) keeps its exact height.
  const titleHeight = Math.ceil(margin + title.length * (titleSize * 1.3) + 8);
  // Legend items flow left to right and wrap into rows.
  const rowHeight = legendSize * 1.7;
  let x = margin;
  let row = 0;
  const items = content.legend.map((entry) => {
    const label = `${entry.label} (${entry.count})`;
    const itemWidth = swatchSide + 6 + textWidth(label, legendSize) + 18;
    if (x > margin && x + itemWidth > width - margin) {
      row += 1;
      x = margin;
    }
    const item = { entry, label, x, row };
    x += itemWidth;
    return item;
  });
  const legendRows = content.legend.length ? row + 1 : 0;
  const legendHeight = legendRows ? Math.ceil(10 + legendRows * rowHeight) : 0;
  const notes = [wrapText(content.source, noteSize, inner, 3), wrapText(content.credits, noteSize, inner, 1)];
  const notesHeight = Math.ceil(6 + notes.flat().length * noteSize * 1.45 + margin - 4);
  return { title, titleHeight, items, rowHeight, legendHeight, notes, notesHeight };
}

/** The image's height when its map area is `mapHeight` tall (the dashboard keeps its view's size). */
export function imageHeightFor(content: MapImageContent, width: number, mapHeight: number): number {
  const { titleHeight, legendHeight, notesHeight } = bands(content, width);
  return titleHeight + mapHeight + legendHeight + notesHeight;
}

/**
 * The layout of an image `width` × `height` CSS pixels: title on top, the map below it at full
 * width, then the legend of the roles shown, the source line and the credits. Throws a
 * RangeError when the size leaves the map too little room.
 */
export function mapImageLayout(content: MapImageContent, width: number, height: number): MapImageLayout {
  const { title, titleHeight, items, rowHeight, legendHeight, notes, notesHeight } = bands(content, width);
  const mapHeight = height - titleHeight - legendHeight - notesHeight;
  if (mapHeight < MIN_MAP_HEIGHT)
    throw new RangeError(
      `an image ${width}×${height} leaves the map ${Math.max(mapHeight, 0)} px of height; ` +
        `it needs at least ${MIN_MAP_HEIGHT} (make it taller)`
    );
  const map = { x: 0, y: titleHeight, width, height: mapHeight };
  const legendTop = map.y + map.height;
  return {
    width,
    height,
    title: { lines: stacked([title], margin, titleSize, titleSize * 1.3), size: titleSize },
    map,
    legendBox: { x: 0, y: legendTop, width, height: legendHeight },
    legend: items.map(({ entry, label, x, row }) => {
      const middle = legendTop + 10 + row * rowHeight + rowHeight / 2;
      return {
        label,
        colour: entry.colour,
        symbol: entry.symbol,
        swatch: { x, y: middle - swatchSide / 2, width: swatchSide, height: swatchSide },
        text: { text: label, x: x + swatchSide + 6, y: middle + legendSize * 0.35 }
      };
    }),
    legendSize,
    notes: { lines: stacked(notes, legendTop + legendHeight + 6, noteSize, noteSize * 1.45), size: noteSize },
    font: "'Helvetica Neue', Arial, 'Liberation Sans', sans-serif"
  };
}
