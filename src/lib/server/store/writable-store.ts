import { DatabaseUnavailable, databaseUnavailable } from '../db/database-unavailable';
import type { ArticleStore } from './open-article-store';

/** Throws DatabaseUnavailable when the store refuses writes (damaged or read-only), before any work. */
export function assertWritable(store: ArticleStore): void {
  if (store.writesRefused) throw new DatabaseUnavailable(store.writesRefused);
}

/**
 * Runs a write on `store`. When it fails because the file turned read-only (a disk remounted,
 * permissions changed), the store refuses further writes at once until it is reopened, rather than
 * making each of them wait for the same failure.
 */
export async function guardedWrite<T>(store: ArticleStore, write: () => Promise<T>): Promise<T> {
  assertWritable(store);
  try {
    return await write();
  } catch (error) {
    const unavailable = databaseUnavailable(error);
    if (unavailable && /read-only/.test(unavailable.reason)) store.writesRefused = unavailable.reason;
    if (unavailable && /locked/.test(unavailable.reason)) await freshConnection(store);
    throw unavailable ?? error;
  }
}

/**
 * Replaces the store's connection with a new one, set up as openDatabase sets it up. Why: after
 * a write that gave up on another program's lock, libsql leaves that statement unfinished on the
 * connection, and every later transaction on it, reads too, fails with "SQL statements in
 * progress" for as long as the lock is held.
 */
async function freshConnection(store: ArticleStore): Promise<void> {
  if (!store.file) return;
  await store.client.reconnect();
  await store.client.execute('PRAGMA foreign_keys = ON');
  if (store.writesRefused) await store.client.execute('PRAGMA query_only = ON');
}
