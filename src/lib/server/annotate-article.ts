import { analyzeArticle } from '$lib/analysis/analyze-article';
import { ENGINE_VERSION } from '$lib/analysis/engine-version';
import { annotatedFeatureCollection } from '$lib/annotated/annotated-feature-collection';
import { articleTitle } from '$lib/annotated/article-title';
import { withOutlines } from '$lib/annotated/referent-geometry';
import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { loadGazetteer } from '$lib/geodata/load-gazetteer';
import { articleId } from './article-id';
import { boundaryOutline } from './boundary-outline';
import { placeCountry } from './place-country';
import { placePoint } from './place-geometry';

/** What an article may come with besides its text (an NDJSON line of the batch CLI). */
export interface ArticleFacts {
  title?: string;
  url?: string;
  published?: string;
}

/**
 * The analysis of an article's text as it is stored and reviewed: refs and points, without the
 * outlines (withOutlines adds them at the edges); a title, address or date in `facts` replaces
 * the automatic title or is added, in the schema's member order.
 */
export function analysedCollection(text: string, facts: ArticleFacts = {}): AnnotatedGeoJson {
  const gazetteer = loadGazetteer();
  const analysis = analyzeArticle(text, gazetteer);
  const collection = annotatedFeatureCollection(
    analysis,
    { text, title: articleTitle(text), sha256: articleId(text) },
    (place) => placePoint(place, gazetteer),
    ENGINE_VERSION,
    (place) => placeCountry(place, gazetteer)
  );
  if (facts.title === undefined && facts.url === undefined && facts.published === undefined)
    return collection;
  // Spelled out rather than ordered by the zod schema: the single-file CLI must not load zod.
  const { engine, ...article } = collection.article;
  if (facts.title !== undefined) article.title = facts.title;
  if (facts.url !== undefined) article.url = facts.url;
  if (facts.published !== undefined) article.published = facts.published;
  return { ...collection, article: { ...article, engine } };
}

/** The annotated GeoJSON of an article's text, outlines and all, as `npm run analyze` prints it. */
export function annotateArticle(text: string, facts: ArticleFacts = {}): AnnotatedGeoJson {
  return withOutlines(analysedCollection(text, facts), boundaryOutline);
}
