import { articleSchema, type AnnotatedGeoJson } from '$lib/annotated/schema';
import type { ReviewLookup } from '$lib/review/review-lookup';
import { inSchemaOrder } from '$lib/review/schema-order';
import { restoredAnalysis, storedAnalysis } from '$lib/review/stored-analysis';
import type { ArticleRow } from './loaded-review';

/**
 * What analyses.annotated keeps of an analysis: its stored form (outlines derivable from unit
 * codes dropped) without the article text, which the articles row already holds.
 */
export function analysisRecord(collection: AnnotatedGeoJson): string {
  const stored = storedAnalysis(collection);
  return JSON.stringify({ ...stored, article: { ...stored.article, text: '' } });
}

/**
 * The analysis an analyses.annotated record stands for, with the text, title, url, publication
 * date, agency and byline of its articles row (those the analyst gave win over the analysis's own).
 */
export function restoredBase(record: string, row: ArticleRow, lookup: ReviewLookup): AnnotatedGeoJson {
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
  return restoredAnalysis({ ...stored, article }, lookup);
}
