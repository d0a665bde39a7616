import { existsSync, renameSync } from 'node:fs';
import { basename } from 'node:path';
import { DatabaseUnavailable, databaseUnavailable } from '../db/database-unavailable';
import { collectGarbage } from '../db/collect-garbage';
import { stopAnalysisQueue } from '../jobs/analysis-queue';
import { readOnlyReason } from '../db/open-database';
import { fileIdentity, openArticleStore, type ArticleStore } from './open-article-store';
import { storeSeedOnce } from './store-seed-once';

/** How often a failed open is tried again, and a read-only file checked for writability, in ms. */
const RECHECK_MS = 1000;
/** How long a file that became writable waits to be reopened, in ms (see collectGarbage). */
const REOPEN_DELAY_MS = 200;

let opened: Promise<ArticleStore> | undefined;
let reopeningUntil = 0;
/** The store `opened` resolved to; a request holding an older one does not reopen again. */
let current: ArticleStore | undefined;
let lastFailure: { error: unknown; at: number } | undefined;
let lastWritableCheck = 0;

/**
 * The process's article store (WIREMAP_DB, else data/wiremap.db), opened and migrated on first
 * use, with the demo article stored the first time the database is ever opened. Every call also
 * looks at the file: a file that is gone refuses every request (DatabaseUnavailable) until it is
 * back; a file put back or made writable again is reopened; a failed open is tried again after
 * RECHECK_MS, so the server recovers on its own once the database is usable.
 */
export async function articleStore(): Promise<ArticleStore> {
  const store = await openedStore();
  if (!store.file) return store;
  const now = fileIdentity(store.file.path);
  if (!now)
    throw new DatabaseUnavailable(
      // Its name only: a client is not told where the server keeps its files.
      `the database file ${basename(store.file.path)} is missing (moved or deleted while wiremap was running); ` +
        'nothing is read or written until it is back. Put it back, or restart wiremap to start an empty one'
    );
  const replaced = now.dev !== store.file.identity.dev || now.ino !== store.file.identity.ino;
  if (replaced) {
    // Only the request that drops the store sets the old log aside; later ones find it done.
    if (reopen(store)) setAsideLog(store.file.path);
    return openedStore();
  }
  if (writableAgain(store)) {
    reopen(store);
    // The old connection must be really gone before the file is opened again (collectGarbage
    // says why): it is collected once this request, which still holds it, has been answered.
    reopeningUntil = Date.now() + REOPEN_DELAY_MS;
    setTimeout(collectGarbage, REOPEN_DELAY_MS / 2).unref();
    throw reopening();
  }
  return store;
}

const reopening = () =>
  new DatabaseUnavailable(
    'the database file is writable again and is being reopened; try again in a moment',
    1
  );

/** The current store, opening it when there is none (at most once per RECHECK_MS after a failure). */
function openedStore(): Promise<ArticleStore> {
  if (opened) return opened;
  if (Date.now() < reopeningUntil) return Promise.reject(reopening());
  if (lastFailure && Date.now() - lastFailure.at < RECHECK_MS) return Promise.reject(lastFailure.error);
  opened = openSeeded().then(
    (store) => {
      lastFailure = undefined;
      current = store;
      return store;
    },
    (error: unknown) => {
      opened = undefined;
      lastFailure = { error: databaseUnavailable(error) ?? error, at: Date.now() };
      throw lastFailure.error;
    }
  );
  return opened;
}

/** Whether a store opened read-only could now write to its file (checked once per RECHECK_MS). */
function writableAgain(store: ArticleStore): boolean {
  if (!store.file || !store.writesRefused || !/read-only/.test(store.writesRefused)) return false;
  if (Date.now() - lastWritableCheck < RECHECK_MS) return false;
  lastWritableCheck = Date.now();
  return readOnlyReason(store.file.path) === null;
}

/**
 * Drops `store` so the next call opens the file anew, and closes its client (libsql lets go of
 * the file itself once the client is collected). False when another request dropped it first.
 */
function reopen(store: ArticleStore): boolean {
  if (store !== current) return false;
  current = undefined;
  opened = undefined;
  store.client.close();
  return true;
}

/**
 * Renames the write-ahead log and shared-memory files at `path` aside (`…-wal.stale-<time>`): they
 * belong to the file that was replaced, and SQLite would replay that file's log into the new
 * one. Renamed rather than deleted, so nothing in them is lost.
 */
function setAsideLog(path: string): void {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  for (const suffix of ['-wal', '-shm']) {
    if (!existsSync(`${path}${suffix}`)) continue;
    renameSync(`${path}${suffix}`, `${path}${suffix}.stale-${stamp}`);
    console.error(
      `wiremap: ${path} was replaced; its old ${suffix} file is kept as ${path}${suffix}.stale-${stamp}`
    );
  }
}

/** Closes the open store, if there is one (at shutdown): never opens one to close it. */
export function closeArticleStore(): void {
  if (current?.postgres) void stopAnalysisQueue(current.postgres);
  current?.client.close();
  current = undefined;
  opened = undefined;
}

async function openSeeded(): Promise<ArticleStore> {
  const store = await openArticleStore();
  await storeSeedOnce(store);
  return store;
}
