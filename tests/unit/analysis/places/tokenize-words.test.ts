import { describe, expect, it } from 'vitest';
import { tokenizeWords } from '../../../../src/lib/analysis/places/tokenize-words';

describe('tokenizeWords', () => {
  it('keeps the possessive out of the word', () => {
    const [word] = tokenizeWords('Ukraine’s grid');
    expect(word).toMatchObject({ text: 'Ukraine', start: 0, end: 7, possessive: true });
  });

  it('treats an Arabic article prefix as capitalised', () => {
    const words = tokenizeWords('fighting in el-Fasher');
    expect(words[2]).toMatchObject({ text: 'el-Fasher', capital: true });
  });

  it('marks abbreviations and all-caps words', () => {
    const words = tokenizeWords('The U.S. and MOSCOW');
    expect(words[1]).toMatchObject({ text: 'U.S.', allCaps: true });
    expect(words[3]?.allCaps).toBe(true);
    expect(words[0]?.allCaps).toBe(false);
  });

  it('marks sentence starts after full stops, colons and quotes', () => {
    const words = tokenizeWords('He left. Then “Kyiv said: Moscow lies.”');
    const starts = words.filter((w) => w.sentenceStart).map((w) => w.text);
    expect(starts).toEqual(['He', 'Then', 'Moscow']);
  });
});
