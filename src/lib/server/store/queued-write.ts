import type { ArticleStore } from './open-article-store';
import { guardedWrite } from './writable-store';

// The tail of each store's queue; it never rejects, so one failed write does not stop the next.
const tails = new WeakMap<ArticleStore, Promise<void>>();

/**
 * Runs `write` once every write queued before it on `store` has settled, so that this process
 * never interleaves two read-validate-write sequences. Other processes are kept apart by the
 * version checks in the SQL itself. A store that refuses writes refuses it (DatabaseUnavailable).
 */
export function queuedWrite<T>(store: ArticleStore, write: () => Promise<T>): Promise<T> {
  const result = (tails.get(store) ?? Promise.resolve()).then(() => guardedWrite(store, write));
  tails.set(
    store,
    result.then(
      () => undefined,
      () => undefined
    )
  );
  return result;
}
