import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '$lib/intake/feed';
import { feedDay } from '$lib/intake/feed-day';

const fixture = (name: string) => readFileSync(`tests/fixtures/feeds/${name}`, 'utf8');

describe('parseFeed', () => {
  it('reads an RSS 2.0 channel: guid else link as key, content:encoded before description', () => {
    const parsed = parseFeed(fixture('coast-desk.rss.xml'));
    expect(parsed).toEqual({
      ok: true,
      feed: {
        format: 'rss',
        title: 'Coast Desk Wire',
        items: [
          {
            key: 'coast-2026-0311',
            link: 'https://coast.example.org/2026/03/split-port',
            title: 'Storm closes the port of Split',
            published: '2026-03-11',
            text:
              'Harbour officials in Split kept every ferry at the quay on Wednesday as gusts passed ninety kilometres an hour.\n\n' +
              'Crossings to Hvar are expected to resume on Thursday, the port authority said.'
          },
          {
            key: 'https://coast.example.org/2026/03/zadar-fleet',
            link: 'https://coast.example.org/2026/03/zadar-fleet',
            title: 'Fishing fleet returns to Zadar',
            published: '2026-03-10',
            text: 'The fleet of Zadar came back early after a week at sea, its captains said.'
          }
        ]
      }
    });
  });

  it('reads an Atom feed: id as key, the alternate link, published before updated, html content', () => {
    const parsed = parseFeed(fixture('river-desk.atom.xml'));
    expect(parsed).toEqual({
      ok: true,
      feed: {
        format: 'atom',
        title: 'River & Delta Desk',
        items: [
          {
            key: 'tag:river.example.net,2026:levees-novi-sad',
            link: 'https://river.example.net/levees-novi-sad',
            title: 'Levees hold along the Danube at Novi Sad',
            published: '2026-04-01',
            text:
              'The levees at Novi Sad held overnight as the Danube crested, city engineers said.\n\n' +
              'Volunteers kept filling sandbags near the old fortress.'
          },
          {
            key: 'tag:river.example.net,2026:barges-vukovar',
            link: 'https://river.example.net/barges-vukovar',
            title: 'Barges wait below Vukovar',
            published: '2026-03-30',
            text: 'Barges queued below Vukovar while the river stayed high.'
          }
        ]
      }
    });
  });

  it('refuses what is not a feed, saying what it is', () => {
    expect(parseFeed('')).toEqual({ ok: false, reason: 'the feed is empty' });
    expect(parseFeed('<!doctype html><html><body><p>A page</p></body></html>')).toEqual({
      ok: false,
      reason: 'the document is not an RSS or Atom feed (its root element is <html>)'
    });
    expect(parseFeed('<rss version="2.0"></rss>')).toEqual({
      ok: false,
      reason: 'the RSS document has no <channel>'
    });
    // An Atom-looking root outside the Atom namespace is not Atom.
    expect(parseFeed('<feed><entry><id>x</id></entry></feed>')).toMatchObject({ ok: false });
    expect(parseFeed('just some words')).toMatchObject({ ok: false });
  });
});

describe('feedDay', () => {
  it('reads RFC 822 and ISO 8601 dates as written, in their own offset', () => {
    expect(feedDay('Wed, 11 Mar 2026 23:45:00 -0500')).toBe('2026-03-11');
    expect(feedDay('1 Feb 26 08:00 GMT')).toBe('2026-02-01');
    expect(feedDay('2026-04-01T22:30:00-05:00')).toBe('2026-04-01');
    expect(feedDay('Mon, 30 Feb 2026 08:00:00 GMT')).toBeUndefined();
    expect(feedDay('Thu, 12 Foo 2026')).toBeUndefined();
    expect(feedDay(undefined)).toBeUndefined();
  });
});
