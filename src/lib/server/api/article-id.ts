import { articleIdSchema } from '$lib/annotated/schema';

/** The route's `id` parameter when it is a well-formed article id, else undefined (answer 400). */
export function articleIdParameter(id: string): string | undefined {
  const parsed = articleIdSchema.safeParse(id);
  return parsed.success ? parsed.data : undefined;
}
