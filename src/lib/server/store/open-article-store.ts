import type { Client } from '@libsql/client';
import type { ReviewLookup } from '$lib/review/review-lookup';
import { openDatabase, type WiremapDatabase } from '../db/open-database';
import { reviewLookup } from '../review-lookup';

/** The article database and the gazetteer lookup its reviews are replayed with. */
export interface ArticleStore {
  client: Client;
  db: WiremapDatabase;
  lookup: ReviewLookup;
}

/**
 * Opens the article store at `url` (a path, `file:` URL or libsql URL; default WIREMAP_DB, then
 * data/wiremap.db), creating and migrating the database as needed.
 */
export async function openArticleStore(url?: string): Promise<ArticleStore> {
  const { client, db } = await openDatabase(url);
  return { client, db, lookup: reviewLookup() };
}
