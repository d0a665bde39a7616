/**
 * An article's id is the sha256 of its UTF-8 text in lower-case hex, so the same text is the same
 * article. The pattern stands alone, without zod, because the browser's first load checks ids
 * with it (src/lib/dashboard/api-responses.ts) and must not pull zod in; `articleIdSchema` in
 * `schema.ts` wraps it for the server.
 */
export const articleIdPattern = /^[0-9a-f]{64}$/;

/** Whether a value is a well-formed article id. */
export function isArticleId(value: unknown): value is string {
  return typeof value === 'string' && articleIdPattern.test(value);
}
