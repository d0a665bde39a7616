import { readFileSync } from 'node:fs';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import type { Edit, StoredEdit } from '$lib/annotated/edit';
import { withOutlines } from '$lib/annotated/referent-geometry';
import { analysedCollection } from '$lib/server/annotate-article';
import { boundaryOutline } from '$lib/server/boundary-outline';
import { reviewLookup } from '$lib/server/review-lookup';

/** The lookup every review test uses: the real gazetteer and boundaries. */
export const lookup = reviewLookup();

let seed: AnnotatedGeoJson | undefined;

/**
 * The analysis of src/lib/demo/seed.txt as the store keeps and the review replays it (refs and
 * points, no outlines), computed once and deep-frozen, so that every test using it also proves
 * that the code under test never modifies its input (a write throws).
 */
export function seedAnalysis(): AnnotatedGeoJson {
  seed ??= deepFrozen(analysedCollection(readFileSync('src/lib/demo/seed.txt', 'utf8')));
  return seed;
}

/** A reviewed analysis as it is exported: with its outlines, as the store's reads draw them. */
export const drawn = (collection: AnnotatedGeoJson) => withOutlines(collection, boundaryOutline);

/** The stored form of `edit` as the version-th edit, with a uid and time derived from the version. */
export function storedEdit(version: number, edit: Edit, client = 'desk-a'): StoredEdit {
  const digits = String(version).padStart(12, '0');
  return {
    uid: `00000000-0000-4000-8000-${digits}`,
    version,
    at: `2025-09-0${1 + (version % 9)}T10:00:00Z`,
    client,
    edit,
    state: 'applied'
  };
}

/** `edits` stored as versions 1, 2, … */
export const storedEdits = (edits: readonly Edit[]) => edits.map((edit, i) => storedEdit(i + 1, edit));

/** Freezes a value and everything in it, so that any mutation throws (ES modules are strict). */
export function deepFrozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFrozen(member);
  }
  return value;
}

/** The units we resolve the seed's "six regions" to in these tests (an analyst's pick). */
export const SIX_REGIONS = ['UA-12', 'UA-18', 'UA-53', 'UA-59', 'UA-63', 'UA-74'];
export const SOURCE = 'https://example.org/energy-ministry-statement';
