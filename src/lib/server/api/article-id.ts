import { z } from 'zod';

/** An article id: the sha256 of its UTF-8 text, in lower-case hex. */
export const articleIdSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'an article id is a sha256 in lower-case hex');

/** The route's `id` parameter when it is a well-formed article id, else undefined (answer 400). */
export function articleIdParameter(id: string): string | undefined {
  const parsed = articleIdSchema.safeParse(id);
  return parsed.success ? parsed.data : undefined;
}
