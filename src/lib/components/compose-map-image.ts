import type { Map } from 'maplibre-gl';
import type { MapImageLayout } from '$lib/dashboard/map-image/map-image-layout';

/**
 * Draws the map at `scale` device pixels per CSS pixel and hands back a copy of its canvas.
 * The map's canvas keeps its drawing buffer (BaseMap: `preserveDrawingBuffer`), else a copy
 * taken outside a frame is blank; the map is drawn again at the scale asked, then restored.
 */
export async function capturedMap(map: Map, scale: number): Promise<HTMLCanvasElement> {
  const before = map.getPixelRatio();
  if (before !== scale) map.setPixelRatio(scale);
  await new Promise<void>((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
  const source = map.getCanvas();
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  copy.getContext('2d')!.drawImage(source, 0, 0);
  if (before !== scale) map.setPixelRatio(before);
  return copy;
}

/**
 * The map image on a 2D canvas of `layout` × `scale` pixels: white ground, the title, `mapCanvas`
 * scaled into the map box, a hairline round it, the legend swatches and names, source and credits.
 */
export function composedMapImage(
  layout: MapImageLayout,
  mapCanvas: CanvasImageSource,
  scale: number
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, layout.width, layout.height);
  context.textBaseline = 'alphabetic';

  context.fillStyle = '#111111';
  context.font = `700 ${layout.title.size}px ${layout.font}`;
  for (const line of layout.title.lines) context.fillText(line.text, line.x, line.y);

  const { map } = layout;
  context.drawImage(mapCanvas, map.x, map.y, map.width, map.height);
  context.strokeStyle = '#c8c8c8';
  context.lineWidth = 1;
  context.strokeRect(map.x + 0.5, map.y + 0.5, map.width - 1, map.height - 1);

  context.font = `${layout.legendSize}px ${layout.font}`;
  for (const item of layout.legend) {
    drawSymbol(context, item);
    context.fillStyle = '#222222';
    context.fillText(item.text.text, item.text.x, item.text.y);
  }

  context.fillStyle = '#555555';
  context.font = `${layout.notes.size}px ${layout.font}`;
  for (const line of layout.notes.lines) context.fillText(line.text, line.x, line.y);
  return canvas;
}

/** A legend symbol: a dot, a ring, or an area (dashed outline for struck and other places). */
function drawSymbol(context: CanvasRenderingContext2D, item: MapImageLayout['legend'][number]) {
  const { x, y, width } = item.swatch;
  const radius = width / 2;
  context.save();
  context.beginPath();
  if (item.symbol === 'dot' || item.symbol === 'ring') {
    context.arc(x + radius, y + radius, radius - (item.symbol === 'ring' ? 1.5 : 1), 0, 2 * Math.PI);
    context.fillStyle = item.symbol === 'dot' ? item.colour : '#ffffff';
    context.fill();
    context.lineWidth = item.symbol === 'dot' ? 1.5 : 3;
    context.strokeStyle = item.symbol === 'dot' ? '#ffffff' : item.colour;
    context.stroke();
  } else {
    context.roundRect(x + 1, y + 1, width - 2, width - 2, 2);
    context.globalAlpha = 0.45;
    context.fillStyle = item.colour;
    context.fill();
    context.globalAlpha = 1;
    context.lineWidth = 2;
    context.strokeStyle = item.colour;
    if (item.symbol === 'dashed-area') context.setLineDash([3, 2]);
    context.stroke();
  }
  context.restore();
}

/** A canvas as PNG bytes. */
export function pngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))),
      'image/png'
    )
  );
}
