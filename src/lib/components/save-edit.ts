import { invalidateAll } from '$app/navigation';
import type { Edit } from '$lib/annotated/edit';
import { apiRequest } from '$lib/dashboard/api-request';
import { acceptedVersionFrom } from '$lib/dashboard/api-responses';
import type { ReviewContext } from './review-context';

/** How a save ended: saved (the page now shows it), or why not, in words for the analyst. */
export type SaveOutcome = { ok: true; version: number } | { ok: false; message: string; conflict: boolean };

/**
 * POSTs `edit` against the version the page shows, then reloads the page data so the map and
 * the sidebar show it. A 409 (someone else saved first) also reloads, so the analyst sees the
 * latest version; the caller keeps what they typed. Every refusal carries the server's reason.
 */
export async function saveEdit(context: ReviewContext, edit: Edit): Promise<SaveOutcome> {
  const result = await apiRequest(`/api/articles/${context.articleId}/edits`, acceptedVersionFrom, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      version: context.version,
      edit,
      ...(context.client ? { client: context.client } : {})
    })
  });
  if (result.ok) {
    await invalidateAll();
    return { ok: true, version: result.value };
  }
  if (result.status === null)
    return { ok: false, conflict: false, message: 'Not saved: the server could not be reached.' };
  if (result.status === 409) {
    await invalidateAll();
    return {
      ok: false,
      conflict: true,
      message:
        `Not saved: ${result.reason}. Someone else changed this article meanwhile; the latest version is ` +
        'now shown, and what you entered is kept: check it against the changes and save again.'
    };
  }
  return { ok: false, conflict: false, message: `Not saved: ${result.reason}.` };
}
