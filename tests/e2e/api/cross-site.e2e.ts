import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { baseUrl } from '../browser';
import { call, floodArticle, post } from './api-requests';
import { unchangedStore } from './unchanged-store';

// The forged requests must store nothing.
unchangedStore('cross-site');

describe('cross-site request forgery', () => {
  it('refuses a browser-like cross-site form POST (403)', async () => {
    const forged = await post(baseUrl, '/api/articles', 'text/plain', floodArticle('forged'), {
      origin: 'http://evil.example',
      'sec-fetch-site': 'cross-site'
    });
    expect(forged.status).toBe(403);
    const noOrigin = await post(baseUrl, '/api/articles', 'text/plain', floodArticle('forged'), {
      'sec-fetch-site': 'cross-site'
    });
    expect(noOrigin.status).toBe(403);
  });

  it('accepts text/plain from a client that is no browser (no Origin, no Sec-Fetch-Site), as curl sends it', async () => {
    const text = floodArticle('posted like curl');
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest(
        `${baseUrl}/api/articles`,
        { method: 'POST', headers: { 'content-type': 'text/plain' } },
        (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        }
      );
      request.on('error', reject);
      request.end(text);
    });
    expect(answer.status, answer.body).toBe(201);
    const created = JSON.parse(answer.body).id as string;
    // And a same-origin browser POST passes too.
    const sameOrigin = await post(baseUrl, '/api/articles', 'text/plain', text, {
      origin: baseUrl,
      'sec-fetch-site': 'same-origin'
    });
    expect(sameOrigin.status, sameOrigin.text).toBe(200);
    expect((await call(baseUrl, `/api/articles/${created}`, { method: 'DELETE' })).status).toBe(204);
  });
});
