import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, unique } from 'drizzle-orm/pg-core';

/**
 * The same tables as schema.ts, in PostgreSQL's dialect, for the migrations in drizzle-postgres/
 * (`npm run db:generate`). The store's queries are written once, against schema.ts (see
 * open-postgres.ts); tests/unit/server/schema-dialects.test.ts proves that both files describe the
 * same tables, columns, keys and indexes, so a column added to one and not the other fails there.
 */

export const articles = pgTable(
  'articles',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    url: text('url'),
    published: text('published'),
    agency: text('agency'),
    byline: text('byline'),
    createdAt: text('created_at').notNull(),
    version: integer('version').notNull().default(0),
    // PostgreSQL has stored generated columns only; the value is the same.
    day: text('day').generatedAlwaysAs(sql`coalesce(published, substr(created_at, 1, 10))`)
  },
  (table) => [index('articles_created').on(table.createdAt, table.id), index('articles_day').on(table.day)]
);

export const analyses = pgTable(
  'analyses',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    engineVersion: text('engine_version').notNull(),
    annotated: text('annotated').notNull(),
    createdAt: text('created_at').notNull()
  },
  (table) => [index('analyses_article').on(table.articleId, table.engineVersion)]
);

export const edits = pgTable(
  'edits',
  {
    uid: text('uid').primaryKey(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    at: text('at').notNull(),
    client: text('client').notNull(),
    edit: text('edit').notNull()
  },
  (table) => [unique('edits_article_version').on(table.articleId, table.version)]
);

export const unitConcerns = pgTable(
  'unit_concerns',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    unit: text('unit').notNull(),
    day: text('day').notNull(),
    claims: integer('claims').notNull(),
    figures: integer('figures').notNull()
  },
  (table) => [
    primaryKey({ columns: [table.articleId, table.unit] }),
    index('unit_concerns_unit').on(table.unit, table.day, table.claims, table.figures)
  ]
);

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull()
});

export const users = pgTable('users', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  name: text('name').notNull().unique(),
  role: text('role').notNull(),
  passwordHash: text('password_hash'),
  oidcSubject: text('oidc_subject').unique(),
  createdAt: text('created_at').notNull()
});

export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: text('expires_at').notNull(),
    createdAt: text('created_at').notNull()
  },
  (table) => [index('sessions_user').on(table.userId)]
);

export const feeds = pgTable('feeds', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  url: text('url').notNull().unique(),
  title: text('title'),
  addedAt: text('added_at').notNull(),
  lastFetchedAt: text('last_fetched_at'),
  everyMinutes: integer('every_minutes').notNull().default(15),
  nextFetchAt: text('next_fetch_at').notNull().default(''),
  lastError: text('last_error'),
  etag: text('etag'),
  lastModified: text('last_modified')
});

export const feedItems = pgTable(
  'feed_items',
  {
    feedId: integer('feed_id')
      .notNull()
      .references(() => feeds.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    articleId: text('article_id').references(() => articles.id, { onDelete: 'set null' }),
    error: text('error'),
    seenAt: text('seen_at').notNull()
  },
  (table) => [primaryKey({ columns: [table.feedId, table.key] })]
);
