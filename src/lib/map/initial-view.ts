import type { LonLat } from './label-points';

/** A [west, south, east, north] box in degrees. */
export type LonLatBox = [west: number, south: number, east: number, north: number];

/** Ukraine's extent: the view the map opens on, with whatever neighbours the screen adds. */
export const ukraineExtent: LonLatBox = [22.1, 44.3, 40.3, 52.4];

/**
 * Country names placed where the Ukraine view shows them. Russia's data anchor lies in
 * Siberia (100°E), far off-screen, so a map of Ukraine would never name it.
 */
export const ukraineViewCountryLabelAnchors: Record<string, LonLat> = { RU: [37.5, 52.95] };

/** Credit for the boundaries and names the base map draws. */
export const baseMapAttribution = 'Natural Earth, GeoNames';
