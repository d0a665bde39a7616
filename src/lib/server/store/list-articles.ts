import { count, desc, sql } from 'drizzle-orm';
import { analyses, articles, edits } from '../db/schema';
import { articleSummary, type ArticleSummary } from './article-summary';
import { inDateRange, type DateRange } from './date-range';
import { currentAnalysisOrder } from './loaded-review';
import type { ArticleStore } from './open-article-store';

export interface ArticleListQuery extends DateRange {
  limit: number;
  offset: number;
}

/**
 * A page of stored articles, newest first by their day (publication date, else the day stored;
 * then the latest stored), whose day lies in the range, with how many articles the range holds in all.
 */
export async function listArticles(
  store: ArticleStore,
  query: ArticleListQuery
): Promise<{ articles: ArticleSummary[]; total: number }> {
  const { db } = store;
  const where = inDateRange(articles.day, query);
  const engine = db
    .select({ engine: analyses.engineVersion })
    .from(analyses)
    .where(sql`${analyses.articleId} = ${articles.id}`)
    .orderBy(...currentAnalysisOrder)
    .limit(1);
  const [rows, totals] = await db.batch([
    db
      .select({
        id: articles.id,
        title: articles.title,
        url: articles.url,
        published: articles.published,
        agency: articles.agency,
        byline: articles.byline,
        createdAt: articles.createdAt,
        version: articles.version,
        // null for a queued article that no worker has analysed yet.
        engine: sql<string | null>`(${engine})`,
        edits: sql<number>`(select count(*) from ${edits} where ${edits.articleId} = ${articles.id})`
      })
      .from(articles)
      .where(where)
      .orderBy(desc(articles.day), desc(articles.createdAt), desc(articles.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: count() }).from(articles).where(where)
  ]);
  return {
    articles: rows.map((row) => articleSummary(row, row.engine, row.edits)),
    total: totals[0]?.total ?? 0
  };
}
