import type { InStatement } from '@libsql/client';
import { ENGINE_VERSION } from '$lib/analysis/engine-version';

/** The statement storing an article's row alone (its analysis comes later, from a job); a no-op when stored. */
export function articleRowStatement(article: NewArticle): InStatement {
  return {
    sql: `INSERT INTO articles (id, title, text, url, published, agency, byline, created_at, version)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT (id) DO NOTHING`,
    args: [
      article.id,
      article.title,
      article.text,
      article.url,
      article.published,
      article.agency,
      article.byline,
      article.createdAt
    ]
  };
}

/** The articles columns a new article is stored with. */
export interface NewArticle {
  id: string;
  title: string;
  text: string;
  url: string | null;
  published: string | null;
  agency: string | null;
  byline: string | null;
  createdAt: string;
}

/**
 * Statements storing a new article with its analysis record: the first does nothing when the
 * article is already stored (its rowsAffected says whether it was created), and the analysis is
 * added only when the article has none by this engine version.
 */
export function articleStatements(article: NewArticle, record: string): InStatement[] {
  return [
    articleRowStatement(article),
    {
      sql: `INSERT INTO analyses (article_id, engine_version, annotated, created_at)
            SELECT ?, ?, ?, ? WHERE NOT EXISTS
            (SELECT 1 FROM analyses WHERE article_id = ? AND engine_version = ?)`,
      args: [article.id, ENGINE_VERSION, record, article.createdAt, article.id, ENGINE_VERSION]
    }
  ];
}
