import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '$lib/analysis/quotes/find-quotes';

const seed = readFileSync('src/lib/demo/seed.txt', 'utf8');
const pairs = (text: string) => findQuotes(text).map((q) => [q.text, q.speaker]);

describe('findQuotes', () => {
  it('finds every quote of the seed with its speaker, spans exact', () => {
    const quotes = findQuotes(seed).map((q) => [q.start, q.end, q.speaker]);
    expect(quotes).toEqual([
      [307, 317, 'Dmitry Peskov'],
      [355, 390, 'Dmitry Peskov'],
      [544, 555, 'Dmitry Peskov'],
      [800, 832, 'Dmitry Peskov'],
      [984, 1044, 'Volodymyr Zelensky'],
      [1107, 1202, 'Volodymyr Zelensky'],
      [1358, 1405, 'Kremlin'],
      [1478, 1486, 'Dmitry Peskov'],
      [1995, 2078, 'Ukraine’s energy ministry'],
      [2161, 2260, 'Ukraine’s energy ministry']
    ]);
  });

  it('takes an unnamed person for a speaker ("one farmer told AFP")', () => {
    expect(
      pairs('“The hail flattened the wheat,” one farmer told AFP. “We lost it all,” a woman said.')
    ).toEqual([
      ['The hail flattened the wheat', 'one farmer'],
      ['We lost it all', 'woman']
    ]);
  });

  it('drops the comma standing for the full stop and keeps a final full stop', () => {
    expect(pairs('“We will rebuild,” the mayor said. The governor added: “It is over.”')).toEqual([
      ['We will rebuild', 'mayor'],
      ['It is over.', 'governor']
    ]);
  });

  it('pairs mismatched marks in order', () => {
    expect(pairs('“Talks are frozen,“ Olena Marchuk said on Friday.')).toEqual([
      ['Talks are frozen', 'Olena Marchuk']
    ]);
  });

  it('resolves pronouns, bare surnames and titles to the full name seen earlier', () => {
    const text =
      'President Anna Kovalenko met envoys on Monday. "We are ready," she said.\n' +
      '"It is a start," Kovalenko told reporters.\nThe president said: "Nothing is signed."';
    expect(pairs(text)).toEqual([
      ['We are ready', 'Anna Kovalenko'],
      ['It is a start', 'Anna Kovalenko'],
      ['Nothing is signed.', 'Anna Kovalenko']
    ]);
  });

  it('makes each paragraph of a multi-paragraph quote its own quote', () => {
    const text = 'The minister said: "First point.\n"Second point.\n"Third point."\n\nIt rained.';
    expect(pairs(text)).toEqual([
      ['First point.', 'minister'],
      ['Second point.', 'minister'],
      ['Third point.', 'minister']
    ]);
  });

  it('lets institutions speak', () => {
    expect(pairs('"Ten drones were downed," said the Russian MOD.')).toEqual([
      ['Ten drones were downed', 'Russian MOD']
    ]);
  });

  it('attributes fragments to the speaker of their clause', () => {
    expect(pairs('Marta Ilyina accused the council of “wasting time” on Tuesday.')).toEqual([
      ['wasting time', 'Marta Ilyina']
    ]);
  });

  it('leaves scare quotes out', () => {
    expect(findQuotes('Tankers of the “shadow fleet” sail on, and the “special operation” goes on.')).toEqual(
      []
    );
  });

  it('reads single marks as quotes only when attributed, never apostrophes', () => {
    expect(pairs("'We stay,' said Olga Sych. The soldiers' families waited at Russia's border.")).toEqual([
      ['We stay', 'Olga Sych']
    ]);
  });
});
