import { DOMParser, parseHTML } from 'linkedom';
import { blockText } from './block-text';
import { feedDay } from './feed-day';

/** One item of a feed, as the feed gives it. */
export interface FeedItem {
  /** What identifies the item within its feed: its guid (RSS) or id (Atom), else its link. */
  key: string;
  link?: string;
  title?: string;
  /** YYYY-MM-DD, as written in the item. */
  published?: string;
  /** The text of its content, else of its summary (paragraphs kept); undefined when it has neither. */
  text?: string;
}

export interface ParsedFeed {
  format: 'rss' | 'atom';
  title?: string;
  items: FeedItem[];
}

export type FeedParse = { ok: true; feed: ParsedFeed } | { ok: false; reason: string };

type XmlElement = {
  localName: string;
  tagName: string;
  textContent: string | null;
  children: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
};

const ATOM = 'http://www.w3.org/2005/Atom';

/** The element's children named `name` (a prefixed name such as `content:encoded` as written). */
const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  Array.from(element.children).filter((child) => child.tagName.toLowerCase() === name);

const child = (element: XmlElement, name: string) => childrenNamed(element, name)[0];

const collapsed = (value: string | null | undefined) => {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
};

/** The readable text of an HTML fragment (paragraphs kept), or undefined when it has none. */
function htmlText(html: string | null | undefined): string | undefined {
  if (!html?.trim()) return undefined;
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const text = blockText(document.body as never);
  return text ? text : undefined;
}

const httpLink = (value: string | null | undefined) => {
  const link = value?.trim();
  return link && /^https?:\/\//i.test(link) ? link : undefined;
};

/** An Atom text construct's text: type "html" is markup to read, "xhtml" holds it, "text" is plain. */
function atomText(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const type = element.getAttribute('type') ?? 'text';
  if (type === 'html' || type === 'xhtml' || type.endsWith('html')) {
    const html =
      type === 'xhtml' ? (element as unknown as { innerHTML: string }).innerHTML : element.textContent;
    return htmlText(html);
  }
  const text = element.textContent?.trim();
  return text ? text : undefined;
}

function withKey(item: Omit<FeedItem, 'key'>, id: string | undefined): FeedItem | undefined {
  const key = id ?? item.link;
  if (!key) return undefined;
  const entries = Object.entries(item).filter(([, value]) => value !== undefined);
  return { key, ...Object.fromEntries(entries) } as FeedItem;
}

function rssItem(item: XmlElement): FeedItem | undefined {
  const content = child(item, 'content:encoded')?.textContent;
  const description = child(item, 'description')?.textContent;
  const title = collapsed(htmlText(child(item, 'title')?.textContent));
  const date = child(item, 'pubdate') ?? child(item, 'dc:date');
  return withKey(
    {
      link: httpLink(child(item, 'link')?.textContent),
      title,
      published: feedDay(date?.textContent),
      text: htmlText(content) ?? htmlText(description)
    },
    collapsed(child(item, 'guid')?.textContent)
  );
}

function atomLink(entry: XmlElement): string | undefined {
  const links = childrenNamed(entry, 'link');
  const alternate =
    links.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return httpLink(alternate?.getAttribute('href'));
}

function atomEntry(entry: XmlElement): FeedItem | undefined {
  const date = child(entry, 'published') ?? child(entry, 'updated');
  return withKey(
    {
      link: atomLink(entry),
      title: collapsed(atomText(child(entry, 'title'))),
      published: feedDay(date?.textContent),
      text: atomText(child(entry, 'content')) ?? atomText(child(entry, 'summary'))
    },
    collapsed(child(entry, 'id')?.textContent)
  );
}

const present = (items: (FeedItem | undefined)[]) => items.filter((item): item is FeedItem => !!item);

/**
 * The items of an RSS 2.0 or Atom 1.0 document (parsed as XML by linkedom, never run): each
 * with its key (guid or id, else link), link, title, publication day and text. A document that
 * is not a feed (an HTML page, an empty or other XML document) is refused with the reason.
 * Items with neither an id nor a link cannot be told apart from one fetch to the next and are
 * left out.
 */
export function parseFeed(xml: string): FeedParse {
  if (!xml.trim()) return { ok: false, reason: 'the feed is empty' };
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement as XmlElement | null;
  if (!root) return { ok: false, reason: 'the document is not XML' };
  const name = root.tagName.toLowerCase();
  if (name === 'rss') {
    const channel = child(root, 'channel');
    if (!channel) return { ok: false, reason: 'the RSS document has no <channel>' };
    const title = collapsed(child(channel, 'title')?.textContent);
    const items = present(childrenNamed(channel, 'item').map(rssItem));
    return { ok: true, feed: { format: 'rss', ...(title ? { title } : {}), items } };
  }
  if (name === 'feed' && root.getAttribute('xmlns') === ATOM) {
    const title = collapsed(atomText(child(root, 'title')));
    const items = present(childrenNamed(root, 'entry').map(atomEntry));
    return { ok: true, feed: { format: 'atom', ...(title ? { title } : {}), items } };
  }
  return {
    ok: false,
    reason: `the document is not an RSS or Atom feed (its root element is <${root.tagName}>)`
  };
}
