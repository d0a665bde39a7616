import type { ResolvedPlace } from '../types';

/**
 * A resolved place plus its representative point, WGS84 [lon, lat]. The point matters for places
 * the gazetteer does not hold (a facility placed at its town), whose id no `byId` can answer.
 */
export interface FoundPlace extends ResolvedPlace {
  point?: [number, number];
}
