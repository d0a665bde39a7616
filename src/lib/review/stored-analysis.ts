import type { AnnotatedFeature, AnnotatedGeoJson } from '$lib/annotated/schema';
import { withoutBaseOutlines } from '$lib/annotated/page-article';
import { boundaryOutline, joinedOutline } from './boundary-outline';
import type { ReviewLookup } from './review-lookup';

/**
 * What the database keeps of an analysis: the collection without its review and without the
 * outlines its codes give back (countries, first-level units, sets of them); points stay, since a
 * town's point may come from the analysis rather than the gazetteer.
 */
export function storedAnalysis(collection: AnnotatedGeoJson): AnnotatedGeoJson {
  const { type, article, features, quotes, figures, claims } = collection;
  const analysis = { type, article, features, quotes, figures, claims };
  return withoutBaseOutlines(analysis, () => true).collection;
}

function restoredGeometry(feature: AnnotatedFeature, lookup: ReviewLookup): AnnotatedFeature['geometry'] {
  const ref = feature.properties.ref;
  if (feature.geometry !== null) return feature.geometry;
  if ('country' in ref) return boundaryOutline(ref.country, lookup) ?? null;
  if ('admin1' in ref) return boundaryOutline(ref.admin1, lookup) ?? null;
  if ('set' in ref) return joinedOutline(ref.set, lookup);
  return null;
}

/**
 * The analysis storedAnalysis kept, with its outlines drawn again from the codes exactly as
 * placeGeometry drew them (a unit's own Polygon or MultiPolygon; a set's members joined).
 */
export function restoredAnalysis(stored: AnnotatedGeoJson, lookup: ReviewLookup): AnnotatedGeoJson {
  const features = stored.features.map((feature) => {
    const geometry = restoredGeometry(feature, lookup);
    return geometry === feature.geometry ? feature : { ...feature, geometry };
  });
  return { ...stored, features };
}
