// Types of water-shapes.mjs for the unit tests (the generator is plain Node ESM).
import type { Feature, MultiPolygon } from 'geojson';

/** A sea's extent: west, south, east, north in degrees. */
export type Extent = [number, number, number, number];

export const earthSeasPath: string;

/** One Feature per extent (`id` = the curated slug): the sea water inside it, simplified. */
export function waterShapeFeatures(
  seaGeometry: MultiPolygon,
  extents: Record<string, Extent>,
  curatedPlaces: readonly { slug: string; lon: number; lat: number }[]
): (Feature<MultiPolygon, { id: string }> & { id: string })[];

/** Writes the water shapes file; returns its byte size and feature count. */
export function writeWaterShapes(outPath: string): { bytes: number; count: number };
