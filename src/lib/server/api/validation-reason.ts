import type { z } from 'zod';

/** One readable sentence from a zod error: each issue as `path: message`, joined by "; ". */
export function validationReason(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
