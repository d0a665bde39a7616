import { describe, expect, it } from 'vitest';
import { findAttributions } from '$lib/analysis/text/find-attributions';

function attributions(text: string) {
  return findAttributions(text, { start: 0, end: text.length }).map((a) => ({
    shape: a.shape,
    speaker: text.slice(a.speaker.start, a.speaker.end),
    content: text.slice(a.content.start, a.content.end)
  }));
}

describe('findAttributions', () => {
  it('finds leading, trailing and inverted attributions', () => {
    expect(
      attributions('Kharkiv Mayor Ihor Terekhov said earlier on television that the city was dark.')
    ).toEqual([{ shape: 'lead', speaker: 'Kharkiv Mayor Ihor Terekhov', content: 'the city was dark.' }]);
    expect(attributions('Five people died, the ministry said on Monday.')).toEqual([
      { shape: 'trail', speaker: 'the ministry', content: 'Five people died' }
    ]);
    expect(attributions('A drone hit the depot, says Vasily Golubev, the governor.')).toEqual([
      { shape: 'trail', speaker: 'Vasily Golubev', content: 'A drone hit the depot' }
    ]);
  });

  it('finds the speaker around a description set off by commas', () => {
    expect(attributions('Anton Gerasimov, the local governor, reported that it was over.')[0]?.speaker).toBe(
      'Anton Gerasimov'
    );
    expect(
      attributions('The region’s governor, Ahmed Hamza, told state television that water was back.')[0]
    ).toEqual({
      shape: 'lead',
      speaker: 'Ahmed Hamza',
      content: 'water was back.'
    });
  });

  it('ignores speech words used as nouns and negated verbs', () => {
    expect(attributions('Thousands fled amid reports of shelling.')).toEqual([]);
    expect(attributions('Officials did not say how many died.')).toEqual([]);
  });

  it('shares the speaker with a coordinated verb and a participle', () => {
    expect(
      attributions('The MOD confirmed the exchange and stated all were safe, adding that talks go on.')
    ).toEqual([
      { shape: 'lead', speaker: 'The MOD', content: 'the exchange' },
      { shape: 'lead', speaker: 'The MOD', content: 'all were safe' },
      { shape: 'lead', speaker: 'The MOD', content: 'talks go on.' }
    ]);
  });
});
