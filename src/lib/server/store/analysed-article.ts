import { articleSchema, type AnnotatedGeoJson } from '$lib/annotated/schema';
import { inSchemaOrder } from '$lib/review/schema-order';
import { annotateArticle } from '../annotate-article';
import { analysisRecord } from './analysis-record';
import { articleId } from '$lib/server/article-id';
import type { CurrentReview } from './current-review';
import type { ArticleRow } from './loaded-review';

/** What is known of an article before it is stored. */
export interface ArticleFacts {
  text: string;
  title?: string;
  url?: string;
  published?: string;
}

/**
 * A new article analysed by the running engine, as it will be stored: its row (version 0, no
 * edits), its analysis record, and the analysis restored from that record as reads will see it.
 */
export function analysedArticle(facts: ArticleFacts): CurrentReview & { record: string } {
  const analysis = annotateArticle(facts.text);
  const row = {
    id: articleId(facts.text),
    title: facts.title ?? analysis.article.title,
    text: facts.text,
    url: facts.url ?? null,
    published: facts.published ?? null,
    createdAt: new Date().toISOString(),
    version: 0,
    day: null
  };
  const record = analysisRecord(analysis);
  return { row, base: baseOf(analysis, row), edits: [], record };
}

/**
 * The analysis with the facts of its row, as reads see it (restoredBase), built from the analysis
 * in hand rather than by parsing the record just written: the same members and values; its
 * outlines are placeGeometry's own objects rather than the lookup's, and nothing compares those.
 */
function baseOf(analysis: AnnotatedGeoJson, row: ArticleRow): AnnotatedGeoJson {
  const article = inSchemaOrder(articleSchema.shape, {
    ...analysis.article,
    title: row.title,
    url: row.url ?? undefined,
    published: row.published ?? undefined
  });
  return { ...analysis, article };
}
