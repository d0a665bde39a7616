import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoredEdit } from '../../../src/lib/annotated/edit';
import { startServer, temporaryDirectory, type ServerProcess } from '../server-process';
import { call, floodArticle, post, postJson } from './api-requests';

const directory = temporaryDirectory();
let server: ServerProcess | undefined;

afterAll(async () => {
  await server?.kill();
  directory.remove();
});

/** Writers that each keep adding notes, retrying on 409, until their requests start failing. */
async function writeUntilKilled(base: string, id: string, place: string, writers: number, kill: () => void) {
  const acknowledged: StoredEdit[] = [];
  let known = 0;
  let count = 0;
  const writer = async (name: string) => {
    for (;;) {
      let answer;
      try {
        answer = await postJson<{ version: number; edit: StoredEdit }>(base, `/api/articles/${id}/edits`, {
          version: known,
          client: name,
          edit: { kind: 'note', target: { type: 'place', id: place }, text: `${name} wrote ${count++}` }
        });
      } catch {
        return; // The server is gone.
      }
      if (answer.status === 201) {
        acknowledged.push(answer.body.edit);
        known = Math.max(known, answer.body.version);
        // Kill mid-burst, while the other writers' requests are in flight.
        if (acknowledged.length === 60) kill();
      } else if (answer.status === 409) {
        known = answer.body.version;
      } else {
        throw new Error(`unexpected ${answer.status}: ${answer.text}`);
      }
    }
  };
  await Promise.all(Array.from({ length: writers }, (_, i) => writer(`writer ${i}`)));
  return acknowledged;
}

describe('the server killed with SIGKILL during a burst of writes', () => {
  it('has every acknowledged edit after a restart, in a database that passes integrity_check', async () => {
    const database = join(directory.path, 'crash.db');
    server = await startServer(database);
    const text = floodArticle('killed mid-burst');
    const id = (await post<{ id: string }>(server.url, '/api/articles', 'text/plain', text)).body.id;
    const article = await call<{ annotated: { features: { id: string; properties: { name: string } }[] } }>(
      server.url,
      `/api/articles/${id}`
    );
    const lviv = article.body.annotated.features.find((feature) => feature.properties.name === 'Lviv')!.id;

    const running = server;
    const acknowledged = await writeUntilKilled(server.url, id, lviv, 6, () => running.child.kill('SIGKILL'));
    await server.kill();
    expect(server.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);

    server = await startServer(database);
    const trail = (
      await call<{ version: number; edits: StoredEdit[] }>(server.url, `/api/articles/${id}/edits`)
    ).body;
    const stored = new Map(trail.edits.map((edit) => [edit.uid, edit]));
    for (const edit of acknowledged) expect(stored.get(edit.uid)).toEqual(edit);
    // Versions stay contiguous: an edit is either wholly written or not at all.
    expect(trail.edits.map((edit) => edit.version)).toEqual(trail.edits.map((_, i) => i + 1));
    expect(trail.version).toBe(trail.edits.length);
    // The restarted server still takes writes.
    const after = await postJson(server.url, `/api/articles/${id}/edits`, {
      version: trail.version,
      edit: { kind: 'note', target: { type: 'place', id: lviv }, text: 'after the restart' }
    });
    expect(after.status).toBe(201);
    await server.stop();
    server = undefined;

    const client = createClient({ url: `file:${database}` });
    try {
      const check = await client.execute('PRAGMA integrity_check');
      expect(check.rows.map((row) => row[0])).toEqual(['ok']);
      const rows = await client.execute({
        sql: 'SELECT count(*) FROM edits WHERE article_id = ?',
        args: [id]
      });
      expect(Number(rows.rows[0]![0])).toBe(trail.edits.length + 1);
    } finally {
      client.close();
    }
  });
});
