import type { LonLat } from './label-points';

/** A [west, south, east, north] box in degrees. */
export type LonLatBox = [west: number, south: number, east: number, north: number];

/** The inhabited world: the view of a map with no located place. */
export const worldExtent: LonLatBox = [-170, -56, 180, 78];

/** Ukraine's extent: the view the map opens on, with whatever neighbours the screen adds. */
export const ukraineExtent: LonLatBox = [22.1, 44.3, 40.3, 52.4];

/**
 * Country names placed where the Ukraine view shows them. Russia's data anchor lies in
 * Siberia (100°E), far off-screen, so a map of Ukraine would never name it.
 */
export const ukraineViewCountryLabelAnchors: Record<string, LonLat> = { RU: [37.5, 52.95] };

/**
 * Where to name countries in a view of `box`: Russia in its European part when the view lies
 * west of the Urals (its data anchor, in Siberia, would be off-screen), else at its anchor.
 */
export function countryLabelAnchorsFor(box: LonLatBox): Record<string, LonLat> {
  return box[2] < 60 ? ukraineViewCountryLabelAnchors : {};
}

/** Credit for the boundaries and names the base map draws. */
export const baseMapAttribution = 'Natural Earth, GeoNames';
