import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, temporaryDirectory, type ServerProcess } from '../server-process';
import { call, post } from './api-requests';

// A server of its own: its memory is measured, and before the fix it died of this request.
const folder = temporaryDirectory();
let server: ServerProcess;

beforeAll(async () => {
  server = await startServer(`${folder.path}/huge-import.db`);
});

afterAll(async () => {
  await server?.stop();
  folder.remove();
});

/** The server's peak resident memory so far in MB (Linux: VmHWM of /proc/<pid>/status). */
function peakMegabytes(): number {
  const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
  return Number(/^VmHWM:\s+(\d+) kB/m.exec(status)![1]) / 1024;
}

/** More memory than parsing the 8 MB body needs (about 300 MB), far less than listing every problem took (over 2 GB). */
const MEMORY_BOUND_MB = 900;

describe('an invalid import of millions of members', () => {
  it('is refused 422 with a few reasons and the count of the rest, in bounded memory', async () => {
    // Issue 10's reproduction: a FeatureCollection of 2.8 million empty objects, 8.4 MB.
    const body = JSON.stringify({
      type: 'FeatureCollection',
      features: Array.from({ length: 2_800_000 }, () => ({}))
    });
    const before = peakMegabytes();
    const answer = await post<{ error: string; reasons: string[] }>(
      server.url,
      '/api/articles',
      'application/geo+json',
      body
    );
    expect(answer.status, answer.text.slice(0, 300)).toBe(422);
    expect(answer.body.reasons).toHaveLength(6);
    expect(answer.body.reasons.at(-1)).toMatch(
      /^and at least \d+ more problems \(checking stopped after 100\)$/
    );
    expect(answer.text.length).toBeLessThan(2000);
    const peak = peakMegabytes();
    expect(peak, `peak ${peak.toFixed(0)} MB, ${before.toFixed(0)} MB before`).toBeLessThan(MEMORY_BOUND_MB);
    // Still serving, and still the same process.
    expect((await call(server.url, '/api/articles?limit=1')).status).toBe(200);
    expect(server.child.exitCode).toBeNull();
  });
});
