import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseUrl } from '../browser';
import { call, post, postJson } from './api-requests';
import { refused, unchangedStore } from './unchanged-store';

interface Read {
  article: {
    title: string;
    url: string | null;
    published: string | null;
    agency: string | null;
    byline: string | null;
  };
  annotated: {
    article: { text: string; agency?: string; byline?: string };
    features: { properties: { name?: string } }[];
  };
}

/** A page around an article, made unique by `tag` so that every test stores a new text. */
const page = (tag: string) =>
  readFileSync('tests/fixtures/intake/harbour-page.html', 'utf8').replace(
    'Forecasters expect calmer seas',
    `Forecasters (${tag}) expect calmer seas`
  );

describe('articles the way news arrives', () => {
  it('stores the article of an HTML page (text/html): body, title, day and address, no furniture', async () => {
    const created = await post<{ id: string }>(
      baseUrl,
      '/api/articles',
      'text/html; charset=utf-8',
      page('html api')
    );
    expect(created.status).toBe(201);
    const read = await call<Read>(baseUrl, `/api/articles/${created.body.id}`);
    expect(read.body.article).toMatchObject({
      title: 'Ferry service resumes in Valletta',
      url: 'https://news.example.org/2026/03/ferry-valletta',
      published: '2026-03-04',
      agency: null,
      byline: expect.stringContaining('Ana Reyes')
    });
    expect(read.body.annotated.article.byline).toBe(read.body.article.byline);
    const { text } = read.body.annotated.article;
    expect(text).toMatch(/^VALLETTA, March 4 — The ferry link/);
    expect(text).not.toMatch(/newsletter|Paris|London|<p/);
    const places = read.body.annotated.features.map((feature) => feature.properties.name);
    expect(places).toContain('Valletta');
    expect(places).not.toContain('Paris');
    // The same page again is the same article.
    expect((await post(baseUrl, '/api/articles', 'text/html', page('html api'))).status).toBe(200);
  });

  it('stores a ninjs item, declared or detected in plain JSON', async () => {
    const item = JSON.parse(readFileSync('tests/fixtures/intake/river-item.ninjs.json', 'utf8'));
    const declared = await post<{ id: string }>(
      baseUrl,
      '/api/articles',
      'application/ninjs+json',
      JSON.stringify(item)
    );
    expect(declared.status).toBe(201);
    const read = await call<Read>(baseUrl, `/api/articles/${declared.body.id}`);
    expect(read.body.article).toMatchObject({
      title: 'Danube level falls in Budapest',
      url: 'https://wire.example.net/items/river-level-2026-05-11',
      published: '2026-05-11'
    });
    expect(read.body.annotated.article.text).toMatch(
      /^BUDAPEST, May 11 — The Danube fell[^<]*\n\nCrews began/
    );
    const detected = await postJson<{ id: string }>(baseUrl, '/api/articles', {
      ...item,
      uri: 'urn:example:danube-2',
      body_html: undefined,
      body_text: 'The Danube fell again in Budapest on Tuesday, the water authority said.'
    });
    expect(detected.status).toBe(201);
    const second = await call<Read>(baseUrl, `/api/articles/${detected.body.id}`);
    expect(second.body.article).toMatchObject({ title: 'Danube level falls in Budapest', url: null });
  });
});

describe('the agency and byline of a JSON article', () => {
  it('are stored, listed and exported', async () => {
    const created = await postJson<{ id: string }>(baseUrl, '/api/articles', {
      text: 'Fishing boats stayed in Marsaxlokk on Monday after a storm warning, the harbour office said.',
      agency: 'Island Wire',
      byline: 'By Petra Camilleri'
    });
    expect(created.status).toBe(201);
    const read = await call<Read>(baseUrl, `/api/articles/${created.body.id}`);
    expect(read.body.article).toMatchObject({ agency: 'Island Wire', byline: 'By Petra Camilleri' });
    const exported = await call<{ article: Record<string, unknown> }>(
      baseUrl,
      `/api/articles/${created.body.id}/geojson`
    );
    expect(exported.body.article).toMatchObject({ agency: 'Island Wire', byline: 'By Petra Camilleri' });
  });
});

describe('refused pages and items store nothing', () => {
  unchangedStore('intake refusals');

  it('refuses a page without an article, empty, not UTF-8, or whose title the checks refuse (400)', async () => {
    refused(
      await post(baseUrl, '/api/articles', 'text/html', '<html><body><nav></nav></body></html>'),
      400,
      /no readable article/
    );
    refused(await post(baseUrl, '/api/articles', 'text/html', '  '), 400, /empty/);
    refused(
      await post(baseUrl, '/api/articles', 'text/html', new Uint8Array([0x3c, 0x70, 0x3e, 0xe9, 0x3c])),
      400,
      /UTF-8/
    );
    const longTitle = page('long title').replace(
      '<meta property="og:title" content="Ferry service resumes in Valletta">',
      `<meta property="og:title" content="${'Ferry '.repeat(100)}">`
    );
    refused(
      await post(baseUrl, '/api/articles', 'text/html', longTitle),
      400,
      /the page: the article's title/
    );
  });

  it('refuses a JSON article whose agency or byline is blank or too long (400)', async () => {
    const text = 'Ferries stayed in Mgarr on Tuesday, the port authority said.';
    refused(
      await post(baseUrl, '/api/articles', 'application/json', JSON.stringify({ text, agency: ' ' })),
      400,
      /agency: must not be blank/
    );
    refused(
      await post(
        baseUrl,
        '/api/articles',
        'application/json',
        JSON.stringify({ text, byline: 'B'.repeat(201) })
      ),
      400,
      /byline/
    );
  });

  it('refuses a page over 4 MB (413)', async () => {
    const huge = page('huge').replace('</footer>', `${'<p>filler</p>'.repeat(400_000)}</footer>`);
    refused(await post(baseUrl, '/api/articles', 'text/html', huge), 413, /limit/);
  });

  it('refuses a ninjs item without a body, or not a ninjs item, when declared (400)', async () => {
    refused(
      await post(
        baseUrl,
        '/api/articles',
        'application/ninjs+json',
        JSON.stringify({ uri: 'urn:x', body_text: ' ' })
      ),
      400,
      /empty body/
    );
    refused(
      await post(baseUrl, '/api/articles', 'application/ninjs+json', JSON.stringify({ headline: 'No body' })),
      400,
      /"uri" and a "body_text" or "body_html"/
    );
    refused(
      await post(
        baseUrl,
        '/api/articles',
        'application/ninjs+json',
        JSON.stringify({ uri: 'urn:x', body_text: 'Rain\u0000fell.' })
      ),
      400,
      /the ninjs item: .*binary/
    );
  });
});
