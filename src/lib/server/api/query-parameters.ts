import type { z } from 'zod';
import { jsonError } from './json-error';
import { validationReason } from './validation-reason';

export type QueryRead<T> = { ok: true; value: T } | { ok: false; response: Response };

/**
 * A URL's query parameters validated by `schema` (one value per name), or a 400 response saying
 * which parameter is wrong. A repeated parameter is refused rather than silently narrowed.
 */
export function queryParameters<T>(url: URL, schema: z.ZodType<T>): QueryRead<T> {
  const names = [...url.searchParams.keys()];
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated !== undefined) {
    return { ok: false, response: jsonError(400, `the query parameter ${repeated} is given more than once`) };
  }
  const parsed = schema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    return { ok: false, response: jsonError(400, `bad query: ${validationReason(parsed.error)}`) };
  }
  return { ok: true, value: parsed.data };
}
