import { analyzeArticle } from '$lib/analysis/analyze-article';
import { ENGINE_VERSION } from '$lib/analysis/engine-version';
import { annotatedFeatureCollection } from '$lib/annotated/annotated-feature-collection';
import { articleTitle } from '$lib/annotated/article-title';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { loadGazetteer } from '$lib/geodata/load-gazetteer';
import { articleId } from './article-id';
import { placeGeometry } from './place-geometry';

/** The annotated GeoJSON of an article's text, as `npm run analyze` prints it. */
export function annotateArticle(text: string): AnnotatedGeoJson {
  const gazetteer = loadGazetteer();
  const analysis = analyzeArticle(text, gazetteer);
  return annotatedFeatureCollection(
    analysis,
    { text, title: articleTitle(text), sha256: articleId(text) },
    (place) => placeGeometry(place, gazetteer),
    ENGINE_VERSION
  );
}
