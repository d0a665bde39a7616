import { describe, expect, it } from 'vitest';
import { parseNumberWords } from '$lib/analysis/figures/parse-number-words';

describe('parseNumberWords', () => {
  it('reads compound and scaled number words', () => {
    expect(parseNumberWords('Ninety-five')).toBe(95);
    expect(parseNumberWords('two hundred and fifty thousand')).toBe(250000);
    expect(parseNumberWords('a dozen')).toBe(12);
    expect(parseNumberWords('one thousand two hundred')).toBe(1200);
  });

  it('rejects runs that are not one number', () => {
    expect(parseNumberWords('five six')).toBeUndefined();
    expect(parseNumberWords('several')).toBeUndefined();
  });
});
