import { describe, expect, it } from 'vitest';
import { articleTitle } from '$lib/annotated/article-title';

describe('articleTitle', () => {
  it('uses a short first line without a full stop as the headline', () => {
    expect(articleTitle('Drones hit a depot near Odesa\n\nODESA: A drone struck a fuel depot.')).toBe(
      'Drones hit a depot near Odesa'
    );
  });

  it('otherwise takes the first sentence without its dateline', () => {
    expect(articleTitle('KYIV (Reuters) – Ukraine said on Monday it had repaired the line. More text.')).toBe(
      'Ukraine said on Monday it had repaired the line'
    );
    expect(articleTitle('MOSCOW: Russia rejected the plan. Then more.')).toBe('Russia rejected the plan');
  });

  it('cuts a long first sentence at a word boundary', () => {
    const title = articleTitle(`${'Officials in the region said that the repairs '.repeat(4)}were done.`);
    expect(title.length).toBeLessThanOrEqual(91);
    expect(title.endsWith('…')).toBe(true);
    expect(title).not.toMatch(/\s…$/);
  });
});
