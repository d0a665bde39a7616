import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, unique } from 'drizzle-orm/sqlite-core';

/**
 * The article store's tables. `drizzle/` holds the migrations generated from this file
 * (`npm run db:generate`); change the tables here and generate, never edit the SQL by hand.
 */

/** One row per article; the id is the sha256 of its text, so the same text is the same article. */
export const articles = sqliteTable(
  'articles',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    url: text('url'),
    /** YYYY-MM-DD, when the analyst gave it. */
    published: text('published'),
    /** The news agency the article is from ("AFP"), when the analyst or its source named one. */
    agency: text('agency'),
    /** The author line ("By Ana Reyes"), when the analyst or its page gave one. */
    byline: text('byline'),
    /** ISO 8601 instant the article was first stored. */
    createdAt: text('created_at').notNull(),
    /** 0 until the first edit; each accepted edit adds one. */
    version: integer('version').notNull().default(0),
    /** The day the date filters compare against: the publication date, else the day stored. */
    day: text('day').generatedAlwaysAs(sql`coalesce(published, substr(created_at, 1, 10))`, {
      mode: 'virtual'
    })
  },
  (table) => [index('articles_created').on(table.createdAt, table.id), index('articles_day').on(table.day)]
);

/** Every analysis of an article; the newest one for the running engine version is current. */
export const analyses = sqliteTable(
  'analyses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    engineVersion: text('engine_version').notNull(),
    /** The annotated GeoJSON in stored form (`storedAnalysis`), without the article text. */
    annotated: text('annotated').notNull(),
    createdAt: text('created_at').notNull()
  },
  (table) => [index('analyses_article').on(table.articleId, table.engineVersion)]
);

/** The audit trail: every accepted edit, numbered by the article version it produced. */
export const edits = sqliteTable(
  'edits',
  {
    uid: text('uid').primaryKey(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    at: text('at').notNull(),
    client: text('client').notNull(),
    /** The edit as JSON (`editSchema`). */
    edit: text('edit').notNull()
  },
  // Two edits can never produce the same version of an article, whoever wrote them.
  (table) => [unique('edits_article_version').on(table.articleId, table.version)]
);

/** Which first-level units an article's reviewed analysis concerns, for the aggregate map. */
export const unitConcerns = sqliteTable(
  'unit_concerns',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    unit: text('unit').notNull(),
    /**
     * The article's `day`, copied when the row is written (it never changes: neither the
     * publication date nor the creation time is ever updated). Joining articles for the date
     * filter cost 45–100 ms at 10,000 articles; with the day here the index answers in ~5 ms.
     */
    day: text('day').notNull(),
    claims: integer('claims').notNull(),
    figures: integer('figures').notNull()
  },
  (table) => [
    primaryKey({ columns: [table.articleId, table.unit] }),
    // Covers the aggregate: it filters on the day, groups by unit and sums from the index alone.
    index('unit_concerns_unit').on(table.unit, table.day, table.claims, table.figures)
  ]
);

/** Small process-wide facts, such as whether the demo article was ever stored. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull()
});

/**
 * The people who may sign in when WIREMAP_AUTH is on. A password account has `passwordHash`
 * (scrypt, `src/lib/server/auth/password-hash.ts`); an OpenID Connect account has the issuer's
 * `oidcSubject` instead. Names are what the audit trail records.
 */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  /** viewer, analyst or admin (`src/lib/server/auth/roles.ts`). */
  role: text('role').notNull(),
  passwordHash: text('password_hash'),
  /** `issuer subject`, for an account made by an OpenID Connect sign-in. */
  oidcSubject: text('oidc_subject').unique(),
  createdAt: text('created_at').notNull()
});

/** Signed-in sessions: only the sha256 of each cookie's token is stored, never the token. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** ISO 8601 instant after which the session no longer signs anyone in. */
    expiresAt: text('expires_at').notNull(),
    createdAt: text('created_at').notNull()
  },
  (table) => [index('sessions_user').on(table.userId)]
);

/**
 * The RSS and Atom feeds the desk subscribes to: each is fetched on a schedule and its new items
 * stored as articles. `etag` and `lastModified` are the validators of the last answer, sent back
 * so an unchanged feed costs a 304; `lastError` says why the last fetch failed (null when it did not).
 */
export const feeds = sqliteTable('feeds', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  url: text('url').notNull().unique(),
  /** The feed's own title, once fetched. */
  title: text('title'),
  /** ISO 8601 instant the feed was added. */
  addedAt: text('added_at').notNull(),
  /** ISO 8601 instant of the last fetch, whether or not it succeeded. */
  lastFetchedAt: text('last_fetched_at'),
  /** How often the feed is fetched, in minutes. */
  everyMinutes: integer('every_minutes').notNull().default(15),
  /**
   * ISO 8601 instant the feed is next due. A server claims a fetch by moving it forward with a
   * conditional update, so two servers on one database never fetch the same feed at once.
   */
  nextFetchAt: text('next_fetch_at').notNull().default(''),
  lastError: text('last_error'),
  etag: text('etag'),
  lastModified: text('last_modified')
});

/** The items of a feed already seen (by guid, else link), so a fetch stores only new ones. */
export const feedItems = sqliteTable(
  'feed_items',
  {
    feedId: integer('feed_id')
      .notNull()
      .references(() => feeds.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    /** The article stored for it; null when it could not be stored (the reason is in `error`). */
    articleId: text('article_id').references(() => articles.id, { onDelete: 'set null' }),
    error: text('error'),
    seenAt: text('seen_at').notNull()
  },
  (table) => [primaryKey({ columns: [table.feedId, table.key] })]
);
