import type { Map } from 'maplibre-gl';
import type { MapImageContent } from '$lib/dashboard/map-image/map-image-content';
import {
  imageHeightFor,
  mapImageLayout,
  type MapImageFormat,
  type MapImageLayout
} from '$lib/dashboard/map-image/map-image-layout';
import { mapImageSvg } from '$lib/dashboard/map-image/map-image-svg';
import { capturedMap, composedMapImage, pngBlob } from './compose-map-image';

export type { MapImageFormat };

/**
 * The current view of `map` as a finished image: the map at its on-screen size (CSS pixels),
 * with the title above it and the legend, source line and credits below, at `scale` (PNG) or as
 * SVG with the map embedded. `layout` is what was drawn (the tests read where the legend went).
 */
export async function mapImageOfView(
  map: Map,
  content: MapImageContent,
  format: MapImageFormat,
  scale: 1 | 2
): Promise<{ blob: Blob; layout: MapImageLayout }> {
  const { clientWidth: width, clientHeight: mapHeight } = map.getContainer();
  const layout = mapImageLayout(content, width, imageHeightFor(content, width, mapHeight));
  return { blob: await mapImageBlob(map, layout, format, scale), layout };
}

/** `layout` drawn with `map` at `scale`, as PNG or SVG bytes. */
export async function mapImageBlob(
  map: Map,
  layout: MapImageLayout,
  format: MapImageFormat,
  scale: 1 | 2
): Promise<Blob> {
  const mapCanvas = await capturedMap(map, format === 'svg' ? 2 : scale);
  if (format === 'png') return pngBlob(composedMapImage(layout, mapCanvas, scale));
  return new Blob([mapImageSvg(layout, mapCanvas.toDataURL('image/png'))], { type: 'image/svg+xml' });
}

/** Hands `blob` to the browser as a download named `name`. */
export function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started from the URL by the time the click returns; a moment later it can go.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
