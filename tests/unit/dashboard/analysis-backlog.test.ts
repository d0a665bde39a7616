import { describe, expect, it } from 'vitest';
import {
  analysisBadge,
  backlogCountLine,
  badgeText,
  emptyBacklog,
  finishedAnalyses,
  keepPolling
} from '$lib/dashboard/analysis-backlog';
import type { AnalysisBacklog, BackloggedAnalysis } from '$lib/dashboard/api-responses';

const idOf = (digit: string) => digit.repeat(64);
const waiting = (digit: string, state: 'pending' | 'active' = 'pending'): BackloggedAnalysis => ({
  id: idOf(digit),
  state,
  retries: 0
});
const failed = (digit: string, reason?: string): BackloggedAnalysis => ({
  id: idOf(digit),
  state: 'failed',
  retries: 3,
  ...(reason === undefined ? {} : { reason })
});
const backlog = (pending: BackloggedAnalysis[], failures: BackloggedAnalysis[] = []): AnalysisBacklog => ({
  pending,
  failed: failures
});

describe('analysisBadge', () => {
  const current = backlog(
    [waiting('a'), waiting('b', 'active')],
    [failed('c', 'the analysis took too long')]
  );

  it('marks a waiting or running analysis pending', () => {
    expect(analysisBadge(current, idOf('a'))).toEqual({ kind: 'pending' });
    expect(analysisBadge(current, idOf('b'))).toEqual({ kind: 'pending' });
  });

  it('marks a failed analysis with its reason', () => {
    const badge = analysisBadge(current, idOf('c'));
    expect(badge).toEqual({ kind: 'failed', reason: 'the analysis took too long' });
    expect(badgeText(badge!)).toBe('failed (the analysis took too long)');
  });

  it('says so when the queue gave no reason', () => {
    expect(badgeText(analysisBadge(backlog([], [failed('d')]), idOf('d'))!)).toBe('failed (no reason given)');
  });

  it('gives no badge to an analysed article', () => {
    expect(analysisBadge(current, idOf('e'))).toBeUndefined();
    expect(analysisBadge(emptyBacklog, idOf('a'))).toBeUndefined();
  });
});

describe('backlogCountLine', () => {
  it('counts pending and failed analyses', () => {
    expect(backlogCountLine(backlog([waiting('a'), waiting('b')], [failed('c')]))).toBe(
      '2 analyses pending, 1 failed'
    );
  });

  it('names one analysis in the singular and leaves out an empty part', () => {
    expect(backlogCountLine(backlog([waiting('a')]))).toBe('1 analysis pending');
    expect(backlogCountLine(backlog([], [failed('c'), failed('d')]))).toBe('2 analyses failed');
  });

  it('has no line when nothing waits or failed', () => {
    expect(backlogCountLine(emptyBacklog)).toBeNull();
  });
});

describe('keepPolling', () => {
  it('polls while an analysis waits or runs, not for failures alone', () => {
    expect(keepPolling(backlog([waiting('a', 'active')]))).toBe(true);
    expect(keepPolling(backlog([], [failed('c')]))).toBe(false);
    expect(keepPolling(emptyBacklog)).toBe(false);
  });
});

describe('finishedAnalyses', () => {
  it('lists the articles no longer pending, whether analysed or failed', () => {
    const before = backlog([waiting('a'), waiting('b'), waiting('c')]);
    const after = backlog([waiting('b', 'active')], [failed('c', 'stopped')]);
    expect(finishedAnalyses(before, after)).toEqual([idOf('a'), idOf('c')]);
  });

  it('lists nothing when no analysis was pending', () => {
    expect(finishedAnalyses(emptyBacklog, backlog([waiting('a')]))).toEqual([]);
  });
});
