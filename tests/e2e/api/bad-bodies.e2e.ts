import { describe, it } from 'vitest';
import { baseUrl } from '../browser';
import { call, post, postJson } from './api-requests';
import { refused, unchangedStore } from './unchanged-store';

const MB = 1024 * 1024;
const targets = unchangedStore('bad bodies');

describe('bad article bodies are refused with a reason', () => {
  it('refuses an empty or blank body (400)', async () => {
    refused(await post(baseUrl, '/api/articles', 'text/plain', ''), 400, /empty/);
    refused(await post(baseUrl, '/api/articles', 'text/plain', ' \n\t '), 400, /empty/);
    refused(await post(baseUrl, '/api/articles', 'application/json', ''), 400, /empty/);
    refused(await postJson(baseUrl, '/api/articles', { text: '   ' }), 400, /empty/);
  });

  it('refuses an article over 1 MB (413), whether declared, streamed without a length, or in JSON', async () => {
    const big = 'The river rose again. '.repeat(Math.ceil((MB + 10) / 22));
    refused(await post(baseUrl, '/api/articles', 'text/plain', big), 413, /limit/);
    const chunked = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode(big.slice(0, 300_000)));
        controller.close();
      }
    });
    const streamed = await call(baseUrl, '/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: chunked,
      duplex: 'half'
    } as RequestInit);
    refused(streamed, 413, /limit/);
    refused(await postJson(baseUrl, '/api/articles', { text: big }), 413, /limit/);
  });

  it('refuses an import over 16 MB (413)', async () => {
    const huge = JSON.stringify({ ...targets.deletedExport, padding: 'x'.repeat(16 * MB) });
    refused(await post(baseUrl, '/api/articles', 'application/geo+json', huge), 413, /limit/);
  });

  it('refuses a content type other than text/plain, JSON or GeoJSON (415)', async () => {
    refused(await post(baseUrl, '/api/articles', 'application/pdf', '%PDF-1.7'), 415, /text\/plain/);
    refused(
      await post(baseUrl, '/api/articles', 'application/x-www-form-urlencoded', 'text=hi'),
      415,
      /text\/plain/
    );
    refused(
      await call(baseUrl, '/api/articles', { method: 'POST', body: new Uint8Array([104, 105]) }),
      415,
      /Content-Type/
    );
    const edit = { version: 1, edit: { kind: 'status', claim: 0, status: 'disputed' } };
    refused(
      await post(baseUrl, `/api/articles/${targets.id}/edits`, 'text/plain', JSON.stringify(edit)),
      415,
      /application\/json/
    );
  });

  it('refuses bytes that are not UTF-8 text (400)', async () => {
    const latin1 = new Uint8Array([0x4b, 0x79, 0x69, 0x76, 0x20, 0xe9, 0x74, 0xe9]);
    refused(await post(baseUrl, '/api/articles', 'text/plain', latin1), 400, /UTF-8/);
    refused(
      await post(baseUrl, '/api/articles', 'application/json', new Uint8Array([0x7b, 0xff, 0x7d])),
      400,
      /UTF-8/
    );
    refused(
      await post(baseUrl, '/api/articles', 'text/plain', new Uint8Array([0x50, 0x4b, 3, 4, 0x14, 0])),
      400,
      /binary/
    );
  });

  it('refuses malformed JSON and JSON of the wrong shape (400)', async () => {
    refused(
      await post(baseUrl, '/api/articles', 'application/json', '{"text": "unterminated'),
      400,
      /not valid JSON/
    );
    refused(await postJson(baseUrl, '/api/articles', { body: 'the text under a wrong key' }), 400, /text/);
    refused(
      await postJson(baseUrl, '/api/articles', { text: 'Rain in Lviv.', published: 'Tuesday' }),
      400,
      /published/
    );
    refused(
      await postJson(baseUrl, '/api/articles', { text: 'Rain in Lviv.', url: 'javascript:alert(1)' }),
      400,
      /url/
    );
    refused(await post(baseUrl, '/api/articles', 'application/geo+json', '[1, 2'), 400, /not valid JSON/);
  });
});
