import type { ReviewLookup } from '$lib/review/review-lookup';
import { annotateArticle } from '../annotate-article';
import { analysisRecord, restoredBase } from './analysis-record';
import { articleId } from './article-id';
import type { CurrentReview } from './current-review';

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
  return { row, base: restoredBase(record, row, lookup), edits: [], record };
}
