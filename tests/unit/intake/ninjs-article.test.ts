import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isNinjsItem, ninjsArticle } from '$lib/intake/ninjs-article';
import { publicationDay } from '$lib/intake/publication-day';

const item = JSON.parse(readFileSync('tests/fixtures/intake/river-item.ninjs.json', 'utf8'));

describe('ninjsArticle', () => {
  it('reads body_html in paragraphs, the headline, byline, versioncreated day and uri', () => {
    expect(ninjsArticle(item)).toEqual({
      ok: true,
      article: {
        text:
          "BUDAPEST, May 11 — The Danube fell by half a metre overnight in Budapest, the city's water authority said on Monday.\n\n" +
          'Crews began removing sandbags from the embankment near the parliament building.',
        title: 'Danube level falls in Budapest',
        byline: 'Mark Hollis',
        published: '2026-05-11',
        url: 'https://wire.example.net/items/river-level-2026-05-11'
      }
    });
  });

  it('prefers body_text as it is, and firstcreated when versioncreated is missing', () => {
    const { versioncreated: _dropped, ...rest } = item;
    const extracted = ninjsArticle({
      ...rest,
      uri: 'urn:example:1',
      body_text: 'Snow closed the pass.\n\nIt reopened at noon.'
    });
    expect(extracted).toEqual({
      ok: true,
      article: {
        text: 'Snow closed the pass.\n\nIt reopened at noon.',
        title: 'Danube level falls in Budapest',
        byline: 'Mark Hollis',
        published: '2026-05-10'
      }
    });
  });

  it('tells a ninjs item from other JSON, and refuses an empty body', () => {
    expect(isNinjsItem(item)).toBe(true);
    expect(isNinjsItem({ text: 'an article' })).toBe(false);
    expect(isNinjsItem({ uri: 'x', body_text: 'y', type: 'FeatureCollection' })).toBe(false);
    expect(ninjsArticle({ uri: 'urn:x', body_text: '   ' })).toEqual({
      ok: false,
      reason: 'the ninjs item has an empty body'
    });
  });
});

describe('publicationDay', () => {
  it('keeps the day as written and refuses days that do not exist', () => {
    expect(publicationDay('2026-03-04T23:30:00-05:00')).toBe('2026-03-04');
    expect(publicationDay('2026-02-30')).toBeUndefined();
    expect(publicationDay('March 4, 2026')).toBeUndefined();
    expect(publicationDay(undefined)).toBeUndefined();
  });
});
