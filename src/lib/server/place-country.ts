import type { ResolvedPlace } from '$lib/analysis/types';
import { outlineCodes } from '$lib/annotated/referent-geometry';
import type { Gazetteer } from '$lib/geodata/types';

/**
 * The country (alpha-2) a gazetteer place lies in, recorded on its feature at analysis time;
 * none for countries, units and sets (their codes say it) and for unresolved names.
 */
export function placeCountry(
  place: Pick<ResolvedPlace, 'id' | 'ref'>,
  gazetteer: Gazetteer
): string | undefined {
  if (outlineCodes(place.ref) || 'unresolved' in place.ref) return undefined;
  return gazetteer.byId(place.id)?.country || undefined;
}
