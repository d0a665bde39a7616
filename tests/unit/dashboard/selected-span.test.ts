import { describe, expect, it } from 'vitest';
import { selectedSpan } from '$lib/dashboard/selected-span';

const TEXT = 'Power was cut at the “old tram depot”, officials said.';

describe('selectedSpan', () => {
  it('drops the spaces and punctuation a drag takes along, in either direction', () => {
    const start = TEXT.indexOf(' the “') + 5;
    const end = TEXT.indexOf('”,') + 2;
    expect(selectedSpan(TEXT, start - 1, end)).toEqual({
      start: start + 1,
      end: end - 2,
      text: 'old tram depot'
    });
    expect(selectedSpan(TEXT, end, start - 1)).toEqual(selectedSpan(TEXT, start - 1, end));
  });

  it('keeps inner punctuation and clamps offsets to the text', () => {
    expect(selectedSpan('Rostov-on-Don', -4, 99)).toEqual({ start: 0, end: 13, text: 'Rostov-on-Don' });
  });

  it('gives null for a selection of spaces and punctuation only', () => {
    expect(selectedSpan(TEXT, TEXT.indexOf(','), TEXT.indexOf(',') + 2)).toBeNull();
    expect(selectedSpan(TEXT, 3, 3)).toBeNull();
  });
});
