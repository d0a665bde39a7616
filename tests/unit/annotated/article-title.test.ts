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

  it('never cuts between the halves of a surrogate pair, so the title can be stored', () => {
    for (let pad = 0; pad < 4; pad++) {
      const text = `${'x'.repeat(pad)}${'🌊'.repeat(60)} the water rose.`;
      expect(articleTitle(text).isWellFormed()).toBe(true);
    }
    expect(articleTitle(`${'a'.repeat(89)}🌊 rest of a long first line that goes on.`).isWellFormed()).toBe(
      true
    );
  });

  it('is never blank, even when the first sentence is only a full stop', () => {
    expect(articleTitle('.')).toBe('.');
    expect(articleTitle(' .\nMore text follows here.')).toBe('.');
  });
});
