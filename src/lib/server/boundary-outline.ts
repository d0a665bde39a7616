import type { Outline } from '$lib/annotated/referent-geometry';
import { admin1Geometry, countryGeometry } from '$lib/geodata/boundaries';

/**
 * The server's outline of a country (alpha-2) or first-level unit (ISO 3166-2), from the
 * boundary files (screen quality for UA and RU): what the export's outlines are made of.
 */
export function boundaryOutline(code: string): Outline | undefined {
  // The boundary files are checked against RFC 7946 by tests/unit/geodata; only the GeoJSON
  // typings (number[] positions) differ from ours ([lon, lat] tuples).
  const geometry = /^[A-Z]{2}$/.test(code) ? countryGeometry(code) : admin1Geometry(code);
  return (geometry as Outline | undefined) ?? undefined;
}
