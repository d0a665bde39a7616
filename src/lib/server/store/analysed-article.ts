import { articleSchema, type AnnotatedGeoJson } from '$lib/annotated/schema';
import type { ReviewLookup } from '$lib/review/review-lookup';
import { inSchemaOrder } from '$lib/review/schema-order';
import { restoredAnalysis, storedAnalysis } from '$lib/review/stored-analysis';
import { annotateArticle } from '../annotate-article';
import { analysisRecord } from './analysis-record';
import { articleId } from './article-id';
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
export function analysedArticle(
  facts: ArticleFacts,
  lookup: ReviewLookup
): CurrentReview & { record: string } {
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
  return { row, base: baseOf(analysis, row, lookup), edits: [], record };
}

/**
 * The analysis as reads restore it from its record (restoredBase), built from the analysis in
 * hand rather than by parsing the record just written: the same members and values; only which
 * outline objects are shared differs, and nothing compares those.
 */
function baseOf(analysis: AnnotatedGeoJson, row: ArticleRow, lookup: ReviewLookup): AnnotatedGeoJson {
  const stored = storedAnalysis(analysis);
  const article = inSchemaOrder(articleSchema.shape, {
    ...stored.article,
    title: row.title,
    url: row.url ?? undefined,
    published: row.published ?? undefined
  });
  return restoredAnalysis({ ...stored, article }, lookup);
}
