import { shapesFile } from './shapes-file';

/**
 * The shape of a named region without an ISO code by its curated slug ("darfur", "sahel"), from
 * geodata/regions.geojson (the union of its member countries and first-level units;
 * `scripts/geodata/region-shapes.mjs`); undefined for any other place.
 */
export const regionShape = shapesFile('regions.geojson');
