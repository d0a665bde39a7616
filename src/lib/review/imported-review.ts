import { articleRefusal } from '$lib/annotated/article-facts';
import { validateAnnotatedGeoJson } from '$lib/annotated/validate-annotated-geojson';
import type { StoredEdit } from '$lib/annotated/edit';

/** What an uploaded export gives the store: the article and its audit trail. */
export type ImportedReview =
  | {
      ok: true;
      article: {
        text: string;
        title: string;
        url?: string;
        published?: string;
        agency?: string;
        byline?: string;
        sha256: string;
      };
      edits: StoredEdit[];
    }
  | { ok: false; reasons: string[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An uploaded annotated GeoJSON checked first by the article checks every new article passes
 * (articleRefusal: text, title, address), then as validateAnnotatedGeoJson checks it, plus its review:
 * edit versions 1, 2, … n in order, `review.version` n, and no uid twice. It does not check
 * `article.sha256` against the text (that needs node:crypto; the server does it).
 */
export function importedReview(value: unknown): ImportedReview {
  const refusal = isRecord(value) && isRecord(value.article) ? articleRefusal(value.article) : undefined;
  if (refusal) return { ok: false, reasons: [refusal.reason] };
  const validation = validateAnnotatedGeoJson(value);
  if (!validation.ok) return validation;
  const { article, review } = validation.value;
  const edits = review?.edits ?? [];
  const reasons: string[] = [];
  const firstIndex = new Map<string, number>();
  edits.forEach((edit, i) => {
    if (edit.version !== i + 1)
      reasons.push(`review.edits[${i}]: version ${edit.version} where ${i + 1} was expected`);
    const earlier = firstIndex.get(edit.uid);
    if (earlier === undefined) firstIndex.set(edit.uid, i);
    else reasons.push(`review.edits[${i}]: uid ${edit.uid} repeats review.edits[${earlier}]`);
  });
  if (review && review.version !== edits.length)
    reasons.push(`review.version: ${review.version}, but there are ${edits.length} edits`);
  if (reasons.length) return { ok: false, reasons };
  const { text, title, url, published, agency, byline, sha256 } = article;
  return {
    ok: true,
    article: {
      text,
      title,
      ...(url ? { url } : {}),
      ...(published ? { published } : {}),
      ...(agency ? { agency } : {}),
      ...(byline ? { byline } : {}),
      sha256
    },
    edits
  };
}
