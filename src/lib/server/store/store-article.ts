import { eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  articleCreditSchema,
  articleRefusal,
  articleTitleSchema,
  articleUrlSchema
} from '$lib/annotated/article-facts';
import { articleSchema } from '$lib/annotated/schema';
import { applyEdits } from '$lib/review/apply-edits';
import { unitConcerns } from '$lib/review/unit-concerns';
import { articles } from '../db/schema';
import { analysisJobsOn, enqueueAnalysis } from '../jobs/analysis-jobs';
import { analysedArticle, newArticleRow } from './analysed-article';
import { articleId } from '$lib/server/article-id';
import { articleRowStatement, articleStatements } from './article-statements';
import { atVersion, concernStatements } from './concern-statements';
import type { ArticleStore } from './open-article-store';
import { assertWritable, guardedWrite } from './writable-store';

/** A new article: its text, and the title, address, publication date, agency and byline the analyst knows. */
export const articleInputSchema = z
  .strictObject({
    text: z.string(),
    title: articleTitleSchema.optional(),
    url: articleUrlSchema.optional(),
    published: articleSchema.shape.published,
    agency: articleCreditSchema.optional(),
    byline: articleCreditSchema.optional()
  })
  // The same article checks as every way in (the route has already answered them with a reason).
  .refine((input) => !articleRefusal(input), { message: 'the article is refused by the article checks' });
export type ArticleInput = z.infer<typeof articleInputSchema>;

/**
 * Analyses and stores an article unless its text is already stored (then nothing changes);
 * the id is the sha256 of the text either way. With the analysis queue (analysisJobsOn) it
 * stores the article's row and queues its analysis instead (`pending`).
 */
export async function storeArticle(
  store: ArticleStore,
  input: ArticleInput
): Promise<{ id: string; created: boolean; pending?: true }> {
  const facts = articleInputSchema.parse(input);
  assertWritable(store);
  const id = articleId(facts.text);
  const existing = await store.db.select({ id: articles.id }).from(articles).where(eq(articles.id, id));
  if (existing.length) return { id, created: false };
  if (analysisJobsOn(store)) {
    const [inserted] = await guardedWrite(store, () =>
      store.client.batch([articleRowStatement(newArticleRow(facts))], 'write')
    );
    const created = inserted?.rowsAffected === 1;
    // Queued after the row is committed, so the worker finds it; a row whose job was never queued
    // (the queue failed here) is queued by the next worker that starts (queueMissingAnalyses).
    if (created) await enqueueAnalysis(store, id);
    return { id, created, pending: true };
  }

  const { row, base, record } = await analysedArticle(facts);
  const concerns = unitConcerns(applyEdits(base, [], store.lookup), store.lookup);
  // No write queue: every statement is a no-op when another request stored the same text first.
  const [inserted] = await guardedWrite(store, () =>
    store.client.batch(
      [
        ...articleStatements(row, record),
        ...concernStatements(store.dialect, id, concerns, atVersion(id, 0))
      ],
      'write'
    )
  );
  return { id, created: inserted?.rowsAffected === 1 };
}
