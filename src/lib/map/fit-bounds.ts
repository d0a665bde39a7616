import type { AnnotatedGeoJson, AnnotatedGeometry } from '$lib/annotated/schema';
import type { LonLatBox } from './initial-view';

/** Every position of a geometry. */
function positions(geometry: AnnotatedGeometry): [number, number][] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'Polygon') return geometry.coordinates.flat();
  return geometry.coordinates.flat(2);
}

/** Smallest extent, in degrees, of a box: a lone point is shown with this much around it. */
const minimumSpan = 1.5;

/**
 * The box around the features with the given ids, or null when none has a geometry. A box
 * around a single point is widened so that flying there does not zoom to street level.
 */
export function featuresBounds(
  collection: Pick<AnnotatedGeoJson, 'features'>,
  ids: readonly string[]
): LonLatBox | null {
  const wanted = new Set(ids);
  let box: LonLatBox | null = null;
  for (const feature of collection.features) {
    if (!wanted.has(feature.id) || !feature.geometry) continue;
    for (const [lon, lat] of positions(feature.geometry)) {
      box = box
        ? [Math.min(box[0], lon), Math.min(box[1], lat), Math.max(box[2], lon), Math.max(box[3], lat)]
        : [lon, lat, lon, lat];
    }
  }
  if (!box) return null;
  const widen = (low: number, high: number) => {
    const missing = Math.max(0, minimumSpan - (high - low)) / 2;
    return [low - missing, high + missing] as const;
  };
  const [west, east] = widen(box[0], box[2]);
  const [south, north] = widen(box[1], box[3]);
  return [west, south, east, north];
}
