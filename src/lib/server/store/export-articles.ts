import { and, asc, gt, or, eq } from 'drizzle-orm';
import { articles } from '../db/schema';
import { exportPieces } from '../export-json';
import { inDateRange, type DateRange } from './date-range';
import { loadedReviews } from './loaded-review';
import type { ArticleStore } from './open-article-store';
import { reviewedFrom } from './reviewed-article';

const NEWLINE = new Uint8Array([0x0a]);
/** Articles read from the database at a time: memory stays flat however many are stored. */
const PAGE_SIZE = 100;

/**
 * Every stored article whose day lies in `range`, as its export (the annotated GeoJSON with its
 * review, exactly as `GET /api/articles/:id/geojson` gives it), one per line (NDJSON), in the
 * order they were stored. A stream that reads a page of articles only when the reader wants more.
 */
export function exportArticles(store: ArticleStore, range: DateRange): ReadableStream<Uint8Array> {
  let after: { createdAt: string; id: string } | null = null;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const page = await store.db
          .select({ id: articles.id, createdAt: articles.createdAt })
          .from(articles)
          .where(
            and(
              inDateRange(articles.day, range),
              after
                ? or(
                    gt(articles.createdAt, after.createdAt),
                    and(eq(articles.createdAt, after.createdAt), gt(articles.id, after.id))
                  )
                : undefined
            )
          )
          .orderBy(asc(articles.createdAt), asc(articles.id))
          .limit(PAGE_SIZE);
        const lines: Uint8Array[] = [];
        // An article deleted since the page was read is simply not exported.
        for (const loaded of await loadedReviews(
          store,
          page.map((entry) => entry.id)
        )) {
          const reviewed = await reviewedFrom(store, loaded);
          if (reviewed) lines.push(...exportPieces(reviewed.annotated), NEWLINE);
        }
        if (lines.length) controller.enqueue(Buffer.concat(lines));
        const last = page.at(-1);
        if (!last || page.length < PAGE_SIZE) controller.close();
        else after = last;
      }
    },
    // A few pages wait while the reader takes earlier ones, so reading the database and writing
    // to the socket overlap; memory stays at a few pages (~7 MB each).
    { highWaterMark: 2 }
  );
}
