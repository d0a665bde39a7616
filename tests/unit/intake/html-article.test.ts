import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlArticle } from '$lib/intake/html-article';

const page = readFileSync('tests/fixtures/intake/harbour-page.html', 'utf8');

describe('htmlArticle', () => {
  it('keeps the article body in paragraphs and leaves the page furniture out', () => {
    const extracted = htmlArticle(page);
    if (!extracted.ok) throw new Error(extracted.reason);
    const { text } = extracted.article;
    expect(text.split('\n\n')[0]).toMatch(
      /^VALLETTA, March 4 — The ferry link between Valletta and Gozo resumed/
    );
    expect(text).toContain('"We sailed at dawn with two hundred passengers on board," a spokeswoman');
    expect(text).toContain('Forecasters expect calmer seas');
    expect(text.split('\n\n').length).toBeGreaterThanOrEqual(4);
    // Menus, the newsletter line, the sidebar, the footer, scripts and tags are not the article.
    for (const furniture of [
      'Sport',
      'newsletter',
      'Paris unveils',
      'Copyright',
      'tracking',
      'font-family',
      '<p'
    ])
      expect(text).not.toContain(furniture);
  });

  it('reads the title, byline, publication day as written and canonical address', () => {
    const extracted = htmlArticle(page);
    if (!extracted.ok) throw new Error(extracted.reason);
    expect(extracted.article).toMatchObject({
      title: 'Ferry service resumes in Valletta',
      byline: expect.stringContaining('Ana Reyes'),
      published: '2026-03-04',
      url: 'https://news.example.org/2026/03/ferry-valletta'
    });
  });

  it('is deterministic', () => {
    expect(JSON.stringify(htmlArticle(page))).toBe(JSON.stringify(htmlArticle(page)));
  });

  it('refuses a page with no readable text', () => {
    const extracted = htmlArticle(
      '<!doctype html><html><head><title>Empty</title></head><body><nav></nav></body></html>'
    );
    expect(extracted).toEqual({ ok: false, reason: 'the page holds no readable article text' });
  });

  it('never runs the page: an inline handler or script leaves no trace', () => {
    const globals = globalThis as { pwned?: boolean };
    const extracted = htmlArticle(
      '<html><body><article><p>Rain fell in Oslo on Tuesday, the weather office said.</p><img src=x onerror="globalThis.pwned=true"><script>globalThis.pwned=true</script></article></body></html>'
    );
    expect(globals.pwned).toBeUndefined();
    expect(extracted.ok && extracted.article.text).toBe(
      'Rain fell in Oslo on Tuesday, the weather office said.'
    );
  });
});
