import type { Page } from 'playwright-core';

/** A rectangle of an image, in its own pixels. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
  /** A colour to look for, as #rrggbb. */
  colour?: string;
}

/** What a region of a decoded image holds. */
export interface RegionStats {
  /** Colours after rounding each channel to a multiple of 16. */
  distinctColours: number;
  /** Share of pixels darker than mid-grey (text, outlines). */
  inked: number;
  /** Share of pixels not fully opaque. */
  transparent: number;
  /** Share of pixels within a few levels of the region's `colour`, when one was given. */
  ofColour: number;
}

/** The PNG signature: every PNG file starts with these 8 bytes. */
export const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height of a PNG read from its IHDR chunk (bytes 16–23). */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Decodes `bytes` (an image) in the browser's own decoder and measures each of `regions`. */
export async function regionStats(page: Page, bytes: Uint8Array, regions: Region[]): Promise<RegionStats[]> {
  return page.evaluate(
    async ({ base64, regions }) => {
      const binary = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([binary]));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      return regions.map(({ x, y, width, height, colour }) => {
        const wanted = colour ? [1, 3, 5].map((start) => parseInt(colour.slice(start, start + 2), 16)) : null;
        let ofColour = 0;
        const data = context.getImageData(
          Math.round(x),
          Math.round(y),
          Math.round(width),
          Math.round(height)
        ).data;
        const colours = new Set<number>();
        let inked = 0;
        let transparent = 0;
        for (let i = 0; i < data.length; i += 4) {
          const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
          colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
          if (r + g + b < 3 * 128) inked += 1;
          if (a < 255) transparent += 1;
          if (wanted && Math.abs(r - wanted[0]!) + Math.abs(g - wanted[1]!) + Math.abs(b - wanted[2]!) < 24)
            ofColour += 1;
        }
        const pixels = data.length / 4;
        return {
          distinctColours: colours.size,
          inked: inked / pixels,
          transparent: transparent / pixels,
          ofColour: ofColour / pixels
        };
      });
    },
    { base64: Buffer.from(bytes).toString('base64'), regions }
  );
}

/** A region scaled from CSS pixels to an image drawn at `scale`, looking for `colour`. */
export function scaled(region: Region, scale: number, colour?: string): Region {
  return {
    x: region.x * scale,
    y: region.y * scale,
    width: region.width * scale,
    height: region.height * scale,
    ...(colour ? { colour } : {})
  };
}
