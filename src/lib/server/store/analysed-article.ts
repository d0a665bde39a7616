import { articleTitle } from '$lib/annotated/article-title';
import { serverAnalysisPool } from '../analysis-pool/server-analysis-pool';
import { restoredBase } from './analysis-record';
import { articleId } from '$lib/server/article-id';
import type { CurrentReview } from './current-review';

/** What is known of an article before it is stored. */
export interface ArticleFacts {
  text: string;
  title?: string;
  url?: string;
  published?: string;
  agency?: string;
  byline?: string;
}

/**
 * A new article analysed by the running engine on a worker thread (serverAnalysisPool), as it
 * will be stored: its row (version 0, no edits), its analysis record, and the analysis (refs and
 * points) restored from that record as reads will see it. Rejects with AnalysisRefused when the analysis runs
 * over the time budget.
 */
export async function analysedArticle(facts: ArticleFacts): Promise<CurrentReview & { record: string }> {
  const record = await serverAnalysisPool().run({ text: facts.text, form: 'record' });
  const row = newArticleRow(facts);
  return { row, base: restoredBase(record, row), edits: [], record };
}

/** The articles row of a new article (version 0), as it will be stored. */
export function newArticleRow(facts: ArticleFacts) {
  return {
    id: articleId(facts.text),
    title: facts.title ?? articleTitle(facts.text),
    text: facts.text,
    url: facts.url ?? null,
    published: facts.published ?? null,
    agency: facts.agency ?? null,
    byline: facts.byline ?? null,
    createdAt: new Date().toISOString(),
    version: 0,
    day: null
  };
}
