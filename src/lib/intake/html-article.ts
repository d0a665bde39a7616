import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blockText } from './block-text';
import type { Extraction } from './extracted-article';
import { publicationDay } from './publication-day';

// Where pages state their publication time, most specific first (Open Graph, schema.org, Dublin Core).
const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'time[datetime]'
];

type Queryable = { querySelector(selector: string): { getAttribute(name: string): string | null } | null };

function statedDay(document: Queryable, readabilityTime: string | null | undefined): string | undefined {
  const fromReadability = publicationDay(readabilityTime);
  if (fromReadability) return fromReadability;
  for (const selector of DATE_SELECTORS) {
    const element = document.querySelector(selector);
    const day = publicationDay(element?.getAttribute('content') ?? element?.getAttribute('datetime'));
    if (day) return day;
  }
  return undefined;
}

function statedUrl(document: Queryable): string | undefined {
  const href =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return href && /^https?:\/\//i.test(href.trim()) ? href.trim() : undefined;
}

const present = (value: string | null | undefined) => {
  const collapsed = value?.replace(/\s+/g, ' ').trim();
  return collapsed ? collapsed : undefined;
};

/**
 * The text without a first paragraph that only repeats the byline ("By Ana Reyes"): Readability
 * leaves the byline's element in the body when a meta tag already named the author.
 */
function withoutBylineLine(text: string, byline: string | undefined): string {
  const [first, ...rest] = text.split('\n\n');
  if (!byline || !first || first.length > 120) return text;
  const name = byline.replace(/^by\s+/i, '');
  return first.replace(/^by\s+/i, '') === name ? rest.join('\n\n') : text;
}

/**
 * The article in an HTML page: its body (Mozilla Readability over a linkedom DOM, so menus,
 * footers and scripts are left out; paragraphs kept), title, byline, publication day and
 * canonical address. A page with no readable article is refused with the reason. Pure: the page
 * is parsed, never run, and nothing it links to is loaded.
 */
export function htmlArticle(html: string): Extraction {
  const { document } = parseHTML(html);
  // Readability changes the DOM it reads, so the stated facts are read first.
  const url = statedUrl(document);
  const metaDay = statedDay(document, undefined);
  const parsed = new Readability(document as unknown as Document, { charThreshold: 0 }).parse();
  if (!parsed?.content) return { ok: false, reason: 'the page holds no readable article text' };
  const body = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body;
  const title = present(parsed.title);
  const byline = present(parsed.byline);
  const text = withoutBylineLine(blockText(body as never), byline);
  if (!text) return { ok: false, reason: 'the page holds no readable article text' };
  const published = publicationDay(parsed.publishedTime) ?? metaDay;
  return {
    ok: true,
    article: {
      text,
      ...(title ? { title } : {}),
      ...(byline ? { byline } : {}),
      ...(published ? { published } : {}),
      ...(url ? { url } : {})
    }
  };
}
