import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useChromium, waitForMapIdle } from './browser';

const chromium = useChromium();

const open = chromium.open;

describe('articles the way news arrives, in the dashboard', () => {
  it('pastes an article with its title, day, agency, byline and address; it then shows in the date filter', async () => {
    const { page, consoleErrors } = await open('/');
    await page.getByRole('button', { name: 'Analyse your own article' }).click();
    await page
      .locator('[data-testid="article-paste"]')
      .fill('TALLINN: Snow closed the airport in Tallinn on Monday, the operator said.\n');
    await page.locator('[data-testid="article-title"]').fill('Tallinn airport shut by snow');
    await page.locator('[data-testid="article-published"]').fill('2011-02-14');
    await page.locator('[data-testid="article-url"]').fill('https://news.example.org/tallinn-snow');
    await page.locator('[data-testid="article-agency"]').fill('Baltic Desk');
    await page.locator('[data-testid="article-byline"]').fill('By Kadri Tamm');
    await page.getByRole('button', { name: 'Analyse', exact: true }).click();
    await page.waitForURL(/\?article=[0-9a-f]{64}/);
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('h2').textContent()).toBe('Tallinn airport shut by snow');
    await expect
      .poll(() => page.locator('.article-head .meta').textContent())
      .toContain('published 2011-02-14');

    await page.locator('[data-testid="articles-toggle"]').click();
    await page.locator('[data-testid="articles-from"]').fill('2011-02-14');
    await page.locator('[data-testid="articles-from"]').dispatchEvent('change');
    await page.locator('[data-testid="articles-to"]').fill('2011-02-14');
    await page.locator('[data-testid="articles-to"]').dispatchEvent('change');
    const list = page.locator('[data-testid="article-list"]');
    await expect.poll(() => list.locator('.count').textContent()).toBe('1 article in these dates');
    expect(await list.locator('li .title').allTextContents()).toEqual(['Tallinn airport shut by snow']);
    expect(await list.locator('li .meta').first().textContent()).toContain('2011-02-14');

    const id = new URL(page.url()).searchParams.get('article')!;
    const stored = await page.evaluate(
      async (articleId) => (await fetch(`/api/articles/${articleId}`)).json(),
      id
    );
    expect(stored.article).toMatchObject({
      url: 'https://news.example.org/tallinn-snow',
      published: '2011-02-14',
      agency: 'Baltic Desk',
      byline: 'By Kadri Tamm'
    });
    expect(stored.annotated.article).toMatchObject({ agency: 'Baltic Desk', byline: 'By Kadri Tamm' });
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('reads the article of a saved web page dropped on the page, without its furniture', async () => {
    const { page } = await open('/');
    const html = readFileSync('tests/fixtures/intake/harbour-page.html', 'utf8').replace(
      'Forecasters expect',
      'Forecasters in the dashboard test expect'
    );
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'ferry.html', { type: 'text/html' }));
      const target = document.querySelector('.dashboard')!;
      target.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true })
      );
      target.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })
      );
    }, html);
    await page.waitForURL(/\?article=[0-9a-f]{64}/);
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('h2').textContent()).toBe('Ferry service resumes in Valletta');
    const text = (await page.locator('[data-testid="article-text"]').textContent())!;
    expect(text).toContain('The ferry link between Valletta and Gozo resumed');
    expect(text).not.toMatch(/newsletter|Most read|Copyright|<p/);
    expect(await page.locator('.article-head .meta').textContent()).toContain('published 2026-03-04');
    await page.context().close();
  });

  it('reads a saved web page chosen in the paste form', async () => {
    const { page } = await open('/');
    await page.getByRole('button', { name: 'Analyse your own article' }).click();
    const html = readFileSync('tests/fixtures/intake/harbour-page.html', 'utf8').replace(
      'Forecasters expect',
      'Forecasters in the file picker test expect'
    );
    await page
      .getByLabel('Choose a .txt file or a saved web page')
      .setInputFiles({ name: 'ferry.htm', mimeType: 'text/html', buffer: Buffer.from(html) });
    await page.waitForURL(/\?article=[0-9a-f]{64}/);
    await expect.poll(() => page.locator('h2').textContent()).toBe('Ferry service resumes in Valletta');
    expect(await page.locator('[data-testid="article-text"]').textContent()).toContain('file picker test');
    await page.context().close();
  });
});
