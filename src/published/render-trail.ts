import type { AnnotatedGeoJson } from '$lib/annotated/schema';
import { auditTrail } from '$lib/dashboard/audit-trail';

/**
 * Fills the published page's review trail: one line per edit, newest first, in the dashboard's
 * words, and the link back to the article on the wiremap that published it, when there is one.
 */
export function renderTrail(
  collection: AnnotatedGeoJson,
  unitName: (code: string) => string,
  dashboard: string | undefined
) {
  const rows = auditTrail(collection, unitName);
  const version = collection.review?.version ?? 0;
  document.getElementById('review-summary')!.textContent = rows.length
    ? `Review trail: ${rows.length} edit${rows.length === 1 ? '' : 's'} (version ${version})`
    : 'Review trail: not edited by an analyst';
  const list = document.getElementById('trail')!;
  for (const row of rows) {
    const item = document.createElement('li');
    item.dataset.state = row.state;
    const stale = row.state === 'stale' ? ` (no longer applies${row.reason ? `: ${row.reason}` : ''})` : '';
    item.textContent = `${row.when}, ${row.client}: ${row.what}${row.source ? ` — source: ${row.source}` : ''}${stale}`;
    list.append(item);
  }
  if (dashboard) {
    const link = document.createElement('a');
    link.href = dashboard;
    link.rel = 'noopener';
    link.textContent = 'open it in wiremap';
    document.getElementById('dashboard-link')!.append(' · ', link);
  }
}
