import type { GazetteerEntry } from '../../geodata/types';
import type { Referent } from '../types';

/** The scorer's referent for a gazetteer entry: country code, ISO 3166-2, GeoNames id or curated slug. */
export function referentOf(entry: GazetteerEntry): Referent {
  if (entry.kind === 'country') return { country: entry.country };
  if (entry.kind === 'admin1') return { admin1: entry.admin1 ?? entry.id.replace(/^admin1:/, '') };
  if (entry.id.startsWith('curated:')) return { curated: entry.id.slice('curated:'.length) };
  if (entry.geonames !== undefined) return { geonames: entry.geonames };
  const id = Number(entry.id.replace(/^geonames:/, ''));
  return Number.isFinite(id) ? { geonames: id } : { curated: entry.id };
}

/** The code a place has as a member of a collective set. */
export function setMemberCode(entry: GazetteerEntry): string {
  if (entry.kind === 'country') return entry.country;
  if (entry.kind === 'admin1') return entry.admin1 ?? entry.id;
  return entry.id;
}
