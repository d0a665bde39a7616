// Types of region-shapes.mjs for the unit tests (the generator is plain Node ESM).
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** One Feature per region (`id` = the curated slug): the union of its members' outlines. */
export function regionShapeFeatures(
  regions: Record<string, { members: string[] }>,
  outlineOf: (member: string) => Polygon | MultiPolygon | undefined,
  curatedPlaces: readonly { slug: string; lon: number; lat: number }[]
): (Feature<MultiPolygon, { id: string }> & { id: string })[];

/** `outlineOf` over generated country and world admin-1 features (top-level `id`). */
export function memberOutlines(
  countryFeatures: readonly { id: string; geometry: Polygon | MultiPolygon }[],
  admin1Features: readonly { id: string; geometry: Polygon | MultiPolygon }[]
): (member: string) => Polygon | MultiPolygon | undefined;
