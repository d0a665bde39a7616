import { describe, expect, it } from 'vitest';
import { baseUrl } from '../browser';
import { post, postJson } from './api-requests';
import { refused, unchangedStore } from './unchanged-store';

const targets = unchangedStore('import article checks');

/** The deleted article's export with its article's members replaced. */
const withArticle = (members: Record<string, unknown>) => ({
  ...targets.deletedExport,
  article: { ...targets.deletedExport.article, ...members }
});
const importing = (value: unknown) =>
  post(baseUrl, '/api/articles', 'application/geo+json', JSON.stringify(value));

// Issue 10: an import skipped the checks of the text route, storing blank texts, NUL, 1 MB titles
// and texts over the limit. Each refusal below is the article check's, before any other.
describe('an import passes the same article checks as a new article', () => {
  it('refuses an empty or blank text', async () => {
    refused(await importing(withArticle({ text: '' })), 400, /the export's article: the article is empty/);
    refused(
      await importing(withArticle({ text: ' \n\t ' })),
      400,
      /the export's article: the article is empty/
    );
  });

  it('refuses NUL and other control characters, and lone surrogates, in the text', async () => {
    const text = targets.deletedExport.article.text;
    refused(await importing(withArticle({ text: `${text}\u0000` })), 400, /control character U\+0000/);
    refused(await importing(withArticle({ text: `\u0007${text}` })), 400, /control character U\+0007/);
    refused(await importing(withArticle({ text: `${text}\ud800` })), 400, /lone surrogate/);
  });

  it('refuses a text over 1 MB with 413, as the text route does', async () => {
    const answer = await importing(withArticle({ text: 'Kyiv and Lviv. '.repeat(75_000) }));
    refused(answer, 413, /over the limit of 1048576 bytes/);
  });

  it('refuses an empty, blank, 501-character or 1 MB title, as the JSON route does', async () => {
    for (const title of ['', '   ', 'T'.repeat(501), 'T'.repeat(1024 * 1024)]) {
      refused(await importing(withArticle({ title })), 400, /the export's article: the article's title: /);
      const text = `${targets.deletedExport.article.text} (title ${title.length})`;
      refused(await postJson(baseUrl, '/api/articles', { text, title }), 400, /the article's title: /);
    }
  });

  it('refuses a title or URL with NUL, and a URL that is no http(s) address or too long', async () => {
    refused(
      await importing(withArticle({ title: 'Kyiv\u0000 evening' })),
      400,
      /title: contains the control/
    );
    refused(await importing(withArticle({ url: 'https://example.org/\u0000' })), 400, /url: /);
    refused(await importing(withArticle({ url: 'javascript:alert(1)' })), 400, /url: /);
    refused(await importing(withArticle({ url: `https://example.org/${'a'.repeat(2000)}` })), 400, /url: /);
  });

  it('still imports the export as it is', async () => {
    // The deleted article comes back, and goes again so that the store is as before.
    const answer = await importing(targets.deletedExport);
    expect(answer.status).toBe(201);
    const deleted = await fetch(`${baseUrl}/api/articles/${targets.deletedId}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
  });
});
