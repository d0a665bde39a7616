import { describe, expect, it } from 'vitest';
import { articleListQuery, listForDates } from '../../../src/lib/dashboard/article-query';

describe('listForDates', () => {
  it('keeps a range in order as it is', () => {
    expect(listForDates('2025-01-01', '2025-02-01')).toEqual({
      ok: true,
      from: '2025-01-01',
      to: '2025-02-01',
      swapped: false
    });
  });

  it('reads a reversed range as the same days in order', () => {
    expect(listForDates('2025-03-09', '2025-03-01')).toEqual({
      ok: true,
      from: '2025-03-01',
      to: '2025-03-09',
      swapped: true
    });
  });

  it('leaves an open end open', () => {
    expect(listForDates('', '2025-03-01')).toMatchObject({ ok: true, from: '', to: '2025-03-01' });
    expect(listForDates('2025-03-01', '')).toMatchObject({ ok: true, from: '2025-03-01', to: '' });
  });

  it('refuses a malformed date with its reason', () => {
    expect(listForDates('2025-3-1', '')).toEqual({
      ok: false,
      problem: 'The start date must be YYYY-MM-DD.'
    });
  });

  it('asks the API for the ordered range', () => {
    const dates = listForDates('2025-03-09', '2025-03-01');
    if (!dates.ok) throw new Error(dates.problem);
    expect(articleListQuery({ ...dates, offset: 0, limit: 20 }).toString()).toBe(
      'limit=20&offset=0&from=2025-03-01&to=2025-03-09'
    );
  });
});
