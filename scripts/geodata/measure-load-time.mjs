// `node scripts/geodata/measure-load-time.mjs`: cold-load time of the gazetteer, as the CLI sees
// it. Bundles src/lib/geodata/load-gazetteer.ts with esbuild (as the CLI is bundled), runs it
// in fresh Node processes, and writes the medians to geodata/gazetteer-load-time.json, which
// `npm run geodata` copies into SOURCES.md. Run it after the gazetteer changes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { repoRoot } from './sources.mjs';

const runs = 11;
const directory = mkdtempSync(join(tmpdir(), 'wiremap-load-'));
const bundle = join(directory, 'load.mjs');
buildSync({
  entryPoints: [join(repoRoot, 'src/lib/geodata/load-gazetteer.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: bundle,
  logLevel: 'silent'
});
const probe = join(directory, 'probe.mjs');
writeFileSync(
  probe,
  `const start = performance.now();
const { loadGazetteer } = await import(${JSON.stringify(bundle)});
const gazetteer = loadGazetteer();
const loadMs = performance.now() - start;
gazetteer.lookup('kharkov');
console.log(JSON.stringify({ loadMs, rssMb: process.memoryUsage().rss / 1e6, entries: gazetteer.entries.length }));`
);

const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];
const samples = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  const output = execFileSync(process.execPath, [probe], {
    env: { ...process.env, WIREMAP_GEODATA: join(repoRoot, 'geodata') }
  });
  samples.push({ ...JSON.parse(String(output)), processMs: performance.now() - start });
}
const baseline = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  execFileSync(process.execPath, ['-e', '']);
  baseline.push(performance.now() - start);
}
rmSync(directory, { recursive: true });

const result = {
  runs,
  node: process.version,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  gazetteerBytes: statSync(join(repoRoot, 'geodata', 'gazetteer.tsv')).size,
  medianLoadMs: Math.round(median(samples.map((s) => s.loadMs))),
  minLoadMs: Math.round(Math.min(...samples.map((s) => s.loadMs))),
  maxLoadMs: Math.round(Math.max(...samples.map((s) => s.loadMs))),
  medianProcessMs: Math.round(median(samples.map((s) => s.processMs))),
  medianEmptyNodeMs: Math.round(median(baseline)),
  medianRssMb: Math.round(median(samples.map((s) => s.rssMb)))
};
writeFileSync(join(repoRoot, 'geodata', 'gazetteer-load-time.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(result);
