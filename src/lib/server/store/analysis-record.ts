import { articleSchema, type AnnotatedGeoJson } from '$lib/annotated/schema';
import { inSchemaOrder } from '$lib/review/schema-order';
import type { ArticleRow } from './loaded-review';

/**
 * What analyses.annotated keeps of an analysis (refs and points, analysedCollection): all of it
 * but its review (the edits are stored on their own) and the article text, which the articles
 * row already holds.
 */
export function analysisRecord(analysis: AnnotatedGeoJson): string {
  const { type, article, features, quotes, figures, claims } = analysis;
  return JSON.stringify({ type, article: { ...article, text: '' }, features, quotes, figures, claims });
}

/**
 * The analysis an analyses.annotated record stands for (refs and points), with the text, title,
 * url, publication date, agency and byline of its articles row (those the analyst gave win over
 * the analysis's own).
 */
export function restoredBase(record: string, row: ArticleRow): AnnotatedGeoJson {
  // Not validated again: records are written only by analysisRecord, from collections the running
  // engine made (another engine's are re-analysed before use), and zod's walk of every record
  // was a third of the cost of each read, and of the whole of a 10,000-article export.
  const stored = JSON.parse(record) as AnnotatedGeoJson;
  if (stored?.type !== 'FeatureCollection' || !Array.isArray(stored.features))
    throw new Error(
      'a stored analysis record is not an annotated GeoJSON (the database was changed by hand?)'
    );
  const article = inSchemaOrder(articleSchema.shape, {
    ...stored.article,
    title: row.title,
    text: row.text,
    url: row.url ?? undefined,
    published: row.published ?? undefined,
    agency: row.agency ?? undefined,
    byline: row.byline ?? undefined
  });
  return { ...stored, article };
}
