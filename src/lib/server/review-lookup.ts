import type { Referent, ResolvedPlace } from '$lib/analysis/types';
import { admin1Geometry } from '$lib/geodata/boundaries';
import { loadGazetteer } from '$lib/geodata/load-gazetteer';
import type { Gazetteer } from '$lib/geodata/types';
import type { ReviewLookup } from '$lib/review/review-lookup';
import { placeCountry } from './place-country';
import { placeGeometry } from './place-geometry';

/** The referent a gazetteer id stands for (`geonames:704422` → `{geonames: 704422}`). */
function referentOfId(id: string): Referent | undefined {
  const colon = id.indexOf(':');
  const scheme = id.slice(0, colon);
  const key = id.slice(colon + 1);
  if (scheme === 'country') return { country: key };
  if (scheme === 'admin1') return { admin1: key };
  if (scheme === 'geonames') return { geonames: Number(key) };
  if (scheme === 'curated') return { curated: key };
  return undefined;
}

function lookupOf(gazetteer: Gazetteer): ReviewLookup {
  return {
    referent(id) {
      const entry = gazetteer.byId(id);
      const ref = referentOfId(id);
      if (!entry || !ref) return undefined;
      const place: ResolvedPlace = {
        id,
        ref,
        name: entry.name,
        kind: entry.kind,
        confidence: 1,
        alternatives: [],
        mentions: []
      };
      const geometry = placeGeometry(place, gazetteer);
      const country = placeCountry(place, gazetteer);
      return {
        id,
        name: entry.name,
        kind: entry.kind,
        ref,
        geometry,
        ...(entry.admin1 ? { admin1: entry.admin1 } : {}),
        ...(country ? { country } : {})
      };
    },
    unit(code) {
      if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(code)) return undefined;
      const geometry = admin1Geometry(code);
      if (!geometry) return undefined;
      return { code, name: gazetteer.byId(`admin1:${code}`)?.name ?? code, geometry };
    }
  };
}

let cached: ReviewLookup | undefined;

/**
 * The review's view of the world (Node only, built once): gazetteer referents drawn as
 * placeGeometry draws them, and the first-level units we have outlines for.
 */
export function reviewLookup(): ReviewLookup {
  cached ??= lookupOf(loadGazetteer());
  return cached;
}
