import { htmlArticle } from '$lib/intake/html-article';
import { fetchAllowedHosts, fetchedPage } from '../fetched-page';
import type { ArticleSubmission } from './article-submission';
import { extractedInput, MAX_PAGE_BYTES } from './extracted-input';
import { jsonError } from './json-error';
import { readBody } from './read-body';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

const refused = (status: number, reason: string): ArticleSubmission => ({
  kind: 'refused',
  response: jsonError(status, reason)
});

/** The article of an HTML page (Readability), refused with the reason when it holds none. */
function pageArticle(html: string, fetchedFrom?: string): ArticleSubmission {
  if (html.trim() === '') return refused(400, 'the page is empty');
  const extraction = htmlArticle(html);
  // A fetched page without a canonical address of its own is stored under the address fetched.
  if (extraction.ok && fetchedFrom && !extraction.article.url) extraction.article.url = fetchedFrom;
  const extracted = extractedInput(extraction, 'the page');
  return extracted.ok
    ? { kind: 'article', input: extracted.input }
    : refused(extracted.status, extracted.reason);
}

/** The article of a page POSTed as text/html (UTF-8, at most 4 MB), or why not. */
export async function pageSubmission(request: Request): Promise<ArticleSubmission> {
  const body = await readBody(request, MAX_PAGE_BYTES, 'the page');
  if (!body.ok) return { kind: 'refused', response: body.response };
  let html: string;
  try {
    html = strictUtf8.decode(body.bytes);
  } catch {
    return refused(400, 'the page is not valid UTF-8 (save it as UTF-8, or send its address)');
  }
  return pageArticle(html);
}

/**
 * The article of the page at the address POSTed as text/uri-list (one address, RFC 2483),
 * fetched by the server under fetchedPage's guards, or why not (400, 403, 502).
 */
export async function addressSubmission(request: Request): Promise<ArticleSubmission> {
  const body = await readBody(request, 4096, 'the address');
  if (!body.ok) return { kind: 'refused', response: body.response };
  const lines = new TextDecoder()
    .decode(body.bytes)
    .split(/\r?\n/)
    .filter((line) => line.trim() && !line.startsWith('#'));
  if (lines.length !== 1) return refused(400, 'send one address to fetch, on one line');
  const allowed = fetchAllowedHosts(process.env.WIREMAP_FETCH_ALLOWED_HOSTS);
  const page = await fetchedPage(lines[0]!.trim(), allowed);
  return page.ok ? pageArticle(page.html, page.url) : refused(page.status, page.reason);
}
