import { describe, expect, it } from 'vitest';
import { feedItemArticle } from '$lib/intake/feed-article';
import type { FeedItem } from '$lib/intake/feed';

const item: FeedItem = {
  key: 'guid-1',
  link: 'https://coast.example.org/split',
  title: 'Storm closes the port of Split',
  published: '2026-03-11',
  text: 'Ferries stayed at the quay in Split.'
};

describe('feedItemArticle', () => {
  it('takes the linked page’s text when it was read, and the item’s title, day and link', () => {
    const page = {
      ok: true as const,
      article: {
        text: 'The whole report from Split, with every paragraph.',
        title: 'Storm closes the port of Split | Coast Desk',
        published: '2026-03-12',
        byline: 'By Mara Kovac',
        url: 'https://coast.example.org/canonical/split'
      }
    };
    expect(feedItemArticle(item, page, 'Coast Desk Wire')).toEqual({
      ok: true,
      article: {
        text: 'The whole report from Split, with every paragraph.',
        title: 'Storm closes the port of Split',
        published: '2026-03-11',
        url: 'https://coast.example.org/split',
        agency: 'Coast Desk Wire',
        byline: 'By Mara Kovac'
      }
    });
  });

  it('falls back on the item’s own text when the page could not be read', () => {
    const page = { ok: false as const, reason: 'coast.example.org answered 404, not the page' };
    expect(feedItemArticle(item, page, undefined)).toEqual({
      ok: true,
      article: {
        text: 'Ferries stayed at the quay in Split.',
        title: 'Storm closes the port of Split',
        published: '2026-03-11',
        url: 'https://coast.example.org/split'
      }
    });
  });

  it('refuses an item with no text of its own and no page, saying why', () => {
    const bare: FeedItem = { key: 'guid-2', link: 'https://coast.example.org/zadar' };
    expect(feedItemArticle(bare, { ok: false, reason: 'the site could not be reached' }, 'Wire')).toEqual({
      ok: false,
      reason: 'the item has no text, and its page: the site could not be reached'
    });
    expect(feedItemArticle({ key: 'guid-3' }, undefined, 'Wire')).toEqual({
      ok: false,
      reason: 'the item has no text'
    });
  });
});
