import { describe, expect, it } from 'vitest';
import { splitSentences } from '$lib/analysis/text/split-sentences';
import { paragraphRanges } from '$lib/analysis/text/paragraph-ranges';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits after full stops and closing quote marks, not after abbreviations or initials', () => {
    expect(
      sentences(
        'The U.N. human rights chief spoke on Jan. 23 in Geneva. “It is over.” Donald J. Trump agreed.'
      )
    ).toEqual([
      'The U.N. human rights chief spoke on Jan. 23 in Geneva.',
      '“It is over.”',
      'Donald J. Trump agreed.'
    ]);
  });

  it('never crosses a paragraph break', () => {
    expect(sentences('First line without a stop\nSecond line.')).toEqual([
      'First line without a stop',
      'Second line.'
    ]);
  });
});

describe('paragraphRanges', () => {
  it('treats every non-blank line as a paragraph, trimmed', () => {
    const text = ' One.\n\n  Two. \nThree.';
    expect(paragraphRanges(text).map((p) => text.slice(p.start, p.end))).toEqual(['One.', 'Two.', 'Three.']);
  });
});
