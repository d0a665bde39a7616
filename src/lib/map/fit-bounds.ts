import type { AnnotatedGeoJson, AnnotatedGeometry } from '$lib/annotated/schema';
import type { MultiPolygon, Polygon } from 'geojson';
import type { LonLatBox } from './initial-view';
import type { LayerRole } from './layer-roles';

/** Every position of a geometry. */
function positions(geometry: AnnotatedGeometry): [number, number][] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'Polygon') return geometry.coordinates.flat();
  return geometry.coordinates.flat(2);
}

/** Smallest extent, in degrees, of a box: a lone point is shown with this much around it. */
const minimumSpan = 1.5;

/** The box around longitudes and latitudes, across the antimeridian when that is narrower. */
function boxAround(points: readonly [number, number][]): LonLatBox | null {
  if (!points.length) return null;
  const box = (shift: (lon: number) => number): LonLatBox => {
    const found: LonLatBox = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [rawLon, lat] of points) {
      const lon = shift(rawLon);
      found[0] = Math.min(found[0], lon);
      found[1] = Math.min(found[1], lat);
      found[2] = Math.max(found[2], lon);
      found[3] = Math.max(found[3], lat);
    }
    return found;
  };
  const plain = box((lon) => lon);
  if (plain[2] - plain[0] <= 180) return plain;
  // Russia, Fiji, the Aleutians: eastern longitudes past 180° (MapLibre accepts them in bounds).
  const shifted = box((lon) => (lon < 0 ? lon + 360 : lon));
  return shifted[2] - shifted[0] < plain[2] - plain[0] ? shifted : plain;
}

/** `box` widened to at least `span` degrees each way, around its centre. */
function widened([west, south, east, north]: LonLatBox, span: number): LonLatBox {
  const grow = (low: number, high: number) => {
    const missing = Math.max(0, span - (high - low)) / 2;
    return [low - missing, high + missing] as const;
  };
  const [w, e] = grow(west, east);
  const [s, n] = grow(south, north);
  return [w, Math.max(-85, s), e, Math.min(85, n)];
}

/**
 * The box around the features with the given ids, or null when none has a geometry. A box
 * around a single point is widened so that flying there does not zoom to street level.
 */
export function featuresBounds(
  collection: Pick<AnnotatedGeoJson, 'features'>,
  ids: readonly string[]
): LonLatBox | null {
  const wanted = new Set(ids);
  const points = collection.features.flatMap((feature) =>
    wanted.has(feature.id) && feature.geometry ? positions(feature.geometry) : []
  );
  const box = boxAround(points);
  return box && widened(box, minimumSpan);
}

/** Smallest extent, in degrees, of the first view: a story in one town keeps its region and neighbours. */
const storySpan = 7;

/**
 * The first view of an article: every located place in a `visible` layer (all located places
 * when none is), countries left out when something smaller is located (a country is framed by
 * its places, and a named neighbour must not pull the map across a continent). Null when no
 * place is located.
 */
export function storyBounds(
  collection: Pick<AnnotatedGeoJson, 'features'>,
  roleById: ReadonlyMap<string, LayerRole>,
  visible: readonly LayerRole[]
): LonLatBox | null {
  const located = collection.features.filter((feature) => feature.geometry !== null);
  const shown = located.filter((feature) => visible.includes(roleById.get(feature.id) ?? 'mentioned'));
  const framed = shown.length ? shown : located;
  const smaller = framed.filter((feature) => feature.properties.kind !== 'country');
  const chosen = smaller.length ? smaller : framed;
  const box = boxAround(chosen.flatMap((feature) => positions(feature.geometry!)));
  return box && widened(box, storySpan);
}

/** The box around areas' outlines (the first-level units one can pick), or null when there are none. */
export function areasBounds(areas: readonly { geometry: Polygon | MultiPolygon }[]): LonLatBox | null {
  // Validated boundaries (src/lib/map/boundaries.ts): every position is a [lon, lat] pair.
  return boxAround(areas.flatMap((area) => positions(area.geometry as AnnotatedGeometry)));
}
