import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, temporaryDirectory, type ServerProcess } from '../server-process';
import { call, floodArticle } from './api-requests';

const directory = temporaryDirectory();
let server: ServerProcess | undefined;

afterAll(async () => {
  await server?.kill();
  directory.remove();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('startup', () => {
  it('stores the seed article before it listens, on a database it creates', async () => {
    const database = join(directory.path, 'first-run.db');
    server = await startServer(database, { request: false });
    const seed = readFileSync('src/lib/demo/seed.txt', 'utf8');
    // Read straight from the file: no request has reached the server yet.
    const client = createClient({ url: `file:${database}` });
    try {
      const rows = await client.execute('SELECT id FROM articles');
      expect(rows.rows.map((row) => row[0])).toEqual([
        createHash('sha256').update(seed, 'utf8').digest('hex')
      ]);
    } finally {
      client.close();
    }
    await server.stop();
    server = undefined;
  });
});

describe('SIGTERM', () => {
  it('answers the request in flight, then exits cleanly, with its write stored', async () => {
    const database = join(directory.path, 'graceful.db');
    server = await startServer(database);
    const url = new URL('/api/articles', server.url);
    const text = floodArticle('sent across a shutdown');
    const half = Math.floor(text.length / 2);

    // Headers and half the body now, the rest after the signal: the request is in flight.
    let finish!: () => void;
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest(
        url,
        {
          method: 'POST',
          headers: { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(text) }
        },
        (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        }
      );
      request.on('error', reject);
      request.write(text.slice(0, half));
      finish = () => request.end(text.slice(half));
    });
    await pause(300);
    const exited = new Promise<number | null>((resolve) =>
      server!.child.once('exit', (code) => resolve(code))
    );
    server.child.kill('SIGTERM');
    await pause(300);
    expect(server.child.exitCode).toBeNull();
    finish();

    const { status, body } = await answer;
    expect(status, body).toBe(201);
    expect(await exited).toBe(0);

    server = await startServer(database);
    const stored = await call(server.url, `/api/articles/${JSON.parse(body).id}`);
    expect(stored.status).toBe(200);
  });
});
