// What the dashboard makes of GET /api/analyses: which listed articles wait for a worker or
// failed, the line that counts them, and whether the page should ask again.

import type { AnalysisBacklog, BackloggedAnalysis } from './api-responses';

/** A stored article whose analysis a worker has not done: what the page shows instead of its map. */
export interface PendingAnalysis extends BackloggedAnalysis {
  title: string;
}

/** Where a listed article's analysis stands, when it is not done: what its badge says. */
export type AnalysisBadge = { kind: 'pending' } | { kind: 'failed'; reason: string };

/** The backlog of a store that has none (SQLite, or nothing queued). */
export const emptyBacklog: AnalysisBacklog = { pending: [], failed: [] };

/** The badge of article `id`: pending, failed (with why), or undefined when its analysis is done. */
export function analysisBadge(backlog: AnalysisBacklog, id: string): AnalysisBadge | undefined {
  if (backlog.pending.some((entry) => entry.id === id)) return { kind: 'pending' };
  const failed = backlog.failed.find((entry) => entry.id === id);
  if (failed) return { kind: 'failed', reason: failed.reason ?? 'no reason given' };
  return undefined;
}

/** A badge in words: `pending`, or `failed (reason)`. */
export function badgeText(badge: AnalysisBadge): string {
  return badge.kind === 'pending' ? 'pending' : `failed (${badge.reason})`;
}

const analyses = (n: number) => `${n} ${n === 1 ? 'analysis' : 'analyses'}`;

/**
 * The count line above the list, `2 analyses pending, 1 failed`, or null when nothing waits or
 * failed (the line is then left out).
 */
export function backlogCountLine(backlog: AnalysisBacklog): string | null {
  const pending = backlog.pending.length;
  const failed = backlog.failed.length;
  if (pending && failed) return `${analyses(pending)} pending, ${failed} failed`;
  if (pending) return `${analyses(pending)} pending`;
  if (failed) return `${analyses(failed)} failed`;
  return null;
}

/** Whether to ask again: only while an analysis waits or runs, since a failed one stays failed. */
export function keepPolling(backlog: AnalysisBacklog): boolean {
  return backlog.pending.length > 0;
}

/**
 * The articles whose analysis was pending before and is not any more: analysed, failed or
 * deleted. Their list entry and, if open, their page are stale.
 */
export function finishedAnalyses(before: AnalysisBacklog, after: AnalysisBacklog): string[] {
  const stillPending = new Set(after.pending.map((entry) => entry.id));
  return before.pending.map((entry) => entry.id).filter((id) => !stillPending.has(id));
}
