import { describe, expect, it } from 'vitest';
import { inertText, withInertText } from '$lib/dashboard/inert-text';

describe('inertText', () => {
  it('shows every bidirectional embedding, override and isolate control, keeping the length', () => {
    const spoof = 'invoice\u202Efdp.exe \u2066x\u2069 \u202Ay\u202C';
    const shown = inertText(spoof);
    expect(shown).toBe('invoice\uFFFDfdp.exe \uFFFDx\uFFFD \uFFFDy\uFFFD');
    expect(shown).toHaveLength(spoof.length);
  });

  it('keeps left and right marks, which Arabic and Hebrew text needs', () => {
    expect(inertText('\u200Fשלום\u200E ok')).toBe('\u200Fשלום\u200E ok');
  });
});

describe('withInertText', () => {
  it('rewrites every string of a collection except geometry, leaving the input alone', () => {
    const collection = {
      article: { title: 'a\u202Eb', text: 'x\u202Ey' },
      features: [
        {
          geometry: { type: 'Point', coordinates: [30, 50] },
          properties: { name: 'n\u2067', notes: [{ text: '\u202D' }] }
        }
      ]
    };
    const shown = withInertText(collection);
    expect(shown.article).toEqual({ title: 'a\uFFFDb', text: 'x\uFFFDy' });
    expect(shown.features[0]!.properties).toEqual({ name: 'n\uFFFD', notes: [{ text: '\uFFFD' }] });
    expect(shown.features[0]!.geometry).toBe(collection.features[0]!.geometry);
    expect(collection.article.title).toBe('a\u202Eb');
  });
});
