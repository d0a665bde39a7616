import { describe, expect, it } from 'vitest';
import { findQuotes } from '$lib/analysis/quotes/find-quotes';
import { findClaims } from '$lib/analysis/claims/find-claims';
import { findAgency } from '$lib/analysis/claims/find-agency';

const claims = (text: string) => findClaims(text, [], findQuotes(text)).map((c) => [c.text, c.by, c.type]);

describe('findClaims', () => {
  it('takes the clause after "X said that" and before ", X said"', () => {
    expect(
      claims('The governor said that the fire was out. Two homes burned, the police said on Monday.')
    ).toEqual([
      ['the fire was out.', 'governor', 'report'],
      ['Two homes burned', 'police', 'report']
    ]);
  });

  it('reads "according to X" on either side of its clause', () => {
    expect(
      claims('A pipeline was damaged, according to the operator. According to the army, the road is open.')
    ).toEqual([
      ['A pipeline was damaged', 'operator', 'report'],
      ['the road is open.', 'army', 'report']
    ]);
  });

  it('types denials, accusations and demands, and splits a relative clause off', () => {
    expect(claims('Moscow demands a pullback from the border, which Kyiv has rejected as absurd.')).toEqual([
      ['Moscow demands a pullback from the border', 'Moscow', 'demand'],
      ['which Kyiv has rejected as absurd.', 'Kyiv', 'denial']
    ]);
    expect(claims('The militia denied attacking the camp.')).toEqual([
      ['The militia denied attacking the camp.', 'militia', 'denial']
    ]);
  });

  it('keeps quotations of people out but counts an institution’s quoted statement', () => {
    const text = '"We are safe," said Anna Kovalenko. "Ten drones were downed," the air force said.';
    expect(claims(text)).toEqual([['Ten drones were downed', 'air force', 'report']]);
  });

  it('credits media by their own noun, even after a speech verb’s form ("state television")', () => {
    expect(
      claims(
        'A ferry sank near the island, state television reported. The daily Il Faro said the crew had fled.'
      )
    ).toEqual([
      ['A ferry sank near the island', 'state television', 'report'],
      ['the crew had fled.', 'Il Faro', 'report']
    ]);
  });

  it('names a described speaker, not the clause after the verb', () => {
    expect(
      claims('The port authority’s director, Lena Moss, said the cranes had stopped overnight.')
    ).toEqual([['the cranes had stopped overnight.', 'Lena Moss', 'report']]);
  });

  it('reads the passive "X was quoted (by Y) as saying that A"', () => {
    expect(
      claims(
        'The mayor was quoted by a local paper as saying that the wells were dry. He was later quoted as saying the pumps had failed.'
      )
    ).toEqual([
      ['the wells were dry.', 'mayor', 'report'],
      ['the pumps had failed.', 'He', 'report']
    ]);
  });

  it('claims reported speech with a quoted fragment after "said", not a paraphrase after "stressed"', () => {
    expect(claims('The coach operator said its drivers had been “badly shaken” by the crash.')).toEqual([
      ['its drivers had been “badly shaken” by the crash.', 'coach operator', 'report']
    ]);
    expect(claims('The mayor stressed that the town remained “fully open” to visitors.')).toEqual([]);
  });

  it('reads an appositive before "announced" as the speaker, and an announced act as no claim', () => {
    expect(
      claims(
        'Omar Haddad, the district chief, announced a curfew for Saturday. He announced that the schools would close.'
      )
    ).toEqual([['the schools would close.', 'Omar Haddad', 'report']]);
  });

  it('takes plural officials for speakers ("regional governors said")', () => {
    expect(claims('Three depots caught fire, provincial governors said on Friday.')).toEqual([
      ['Three depots caught fire', 'provincial governors', 'report']
    ]);
  });

  it('reports the journalist’s event sentences only when an agency signs the article', () => {
    const story = 'Russian forces captured two villages in the east on Monday.';
    expect(claims(story)).toEqual([]);
    expect(claims(`${story} – AFP`)).toEqual([[`${story} – AFP`, 'AFP', 'report']]);
  });

  it('leaves background, questions and unattributed sentences alone', () => {
    expect(
      claims('The plant is the largest of its kind. Was it planned? Footage showed smoke over the port.')
    ).toEqual([]);
  });
});

describe('findAgency', () => {
  it('reads the dateline and the sign-off', () => {
    expect(findAgency('KYIV (Reuters) - Drones hit the city.')).toBe('Reuters');
    expect(findAgency('Drones hit the city. – AFP')).toBe('AFP');
    expect(findAgency('Drones hit the city, AP reported.')).toBeNull();
  });
});
