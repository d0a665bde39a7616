import { describe, expect, it } from 'vitest';
import { defaultVisibleRoles } from '$lib/map/layer-roles';
import { decodeState, encodeState, type PermalinkState } from '$lib/dashboard/url-state';

describe('URL state', () => {
  it('round-trips layers, selection, speaker and view, keeping other parameters', () => {
    const state: PermalinkState = {
      visible: ['event', 'actor', 'mentioned'],
      selection: { kind: 'place', id: 'set:UA-09+UA-14' },
      speaker: 'Dmitry Peskov',
      view: { center: [35.1, 48.25], zoom: 5.5 },
      across: 'claims'
    };
    const params = encodeState(state, new URLSearchParams({ article: 'abc' }));
    expect(params.get('article')).toBe('abc');
    expect(decodeState(new URLSearchParams(params.toString()))).toEqual(state);
    for (const selection of [
      { kind: 'claim', index: 3 },
      { kind: 'figure', index: 0 }
    ] as const) {
      expect(decodeState(encodeState({ ...state, selection }, new URLSearchParams())).selection).toEqual(
        selection
      );
    }
  });

  it('leaves defaults out of the URL', () => {
    const params = encodeState(
      { visible: [...defaultVisibleRoles], selection: null, speaker: null, view: null, across: null },
      new URLSearchParams()
    );
    expect(params.toString()).toBe('');
  });

  it('falls back to defaults on malformed parameters', () => {
    const state = decodeState(
      new URLSearchParams('layers=event,bogus&sel=claim:x&view=999,1,2&speaker=&across=everything')
    );
    expect(state).toEqual({
      visible: [...defaultVisibleRoles],
      selection: null,
      speaker: null,
      view: null,
      across: null
    });
    expect(decodeState(new URLSearchParams('layers=')).visible).toEqual([]);
  });
});
