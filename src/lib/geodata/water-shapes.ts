import { shapesFile } from './shapes-file';

/**
 * The shape of a named sea or gulf by its curated slug ("black-sea"), from geodata/water.geojson
 * (the sea water inside the sea's extent; `scripts/geodata/water-shapes.mjs`); undefined for any
 * other place.
 */
export const waterShape = shapesFile('water.geojson');
