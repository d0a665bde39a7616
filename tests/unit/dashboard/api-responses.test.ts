import { describe, expect, it } from 'vitest';
import { analysisBacklogFrom, articleListFrom } from '$lib/dashboard/api-responses';

const summary = (engine: string | null) => ({
  id: 'a'.repeat(64),
  title: 'Bridge closed',
  url: null,
  published: null,
  agency: null,
  byline: null,
  created: '2026-12-07T23:00:00.000Z',
  version: 0,
  engine,
  edits: 0
});

describe('articleListFrom', () => {
  it('reads an analysed article with its engine version', () => {
    expect(articleListFrom({ articles: [summary('1.2.3')], total: 1 })?.articles[0]?.engine).toBe('1.2.3');
  });

  it('reads a queued article whose analysis does not exist yet (engine null, PostgreSQL)', () => {
    const list = articleListFrom({ articles: [summary('1.2.3'), summary(null)], total: 2 });
    expect(list?.articles.map((article) => article.engine)).toEqual(['1.2.3', null]);
  });

  it('refuses an engine that is neither a version nor null', () => {
    expect(articleListFrom({ articles: [{ ...summary(null), engine: 7 }], total: 1 })).toBeUndefined();
  });
});

describe('analysisBacklogFrom', () => {
  const entry = { id: 'b'.repeat(64), state: 'failed', retries: 3, reason: 'took too long' };

  it('reads pending and failed analyses', () => {
    const body = { pending: [{ id: 'c'.repeat(64), state: 'active', retries: 0 }], failed: [entry] };
    expect(analysisBacklogFrom(body)).toEqual(body);
  });

  it('refuses a body that is not a backlog', () => {
    expect(analysisBacklogFrom({ pending: [] })).toBeUndefined();
    expect(analysisBacklogFrom({ pending: [{ ...entry, state: 'done' }], failed: [] })).toBeUndefined();
    expect(analysisBacklogFrom({ pending: [], failed: [{ ...entry, id: 'not an id' }] })).toBeUndefined();
  });
});
