#!/usr/bin/env node
// `npm run eval`: the analysis scored with the shared scorer on the annotated dev set and on our
// own held-out sets (tests/eval/), each set reporting only the categories it annotates.
// The scorer is the project's shared one (../shared/eval/score.mjs, or WIREMAP_SCORER).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const scorer = process.env.WIREMAP_SCORER ?? `${root}../shared/eval/score.mjs`;
if (!existsSync(scorer)) {
  console.error(`eval: no scorer at ${scorer}; set WIREMAP_SCORER to the path of score.mjs`);
  process.exit(2);
}

const sets = [
  { name: 'dev (shared, third-party articles)', dir: `${root}../shared/eval/dev`, categories: null },
  {
    name: 'held-out places (ours)',
    dir: `${root}tests/eval/places`,
    categories: /^(places|geotagging|demonyms|literal)/
  },
  {
    name: 'held-out statements (ours)',
    dir: `${root}tests/eval/statements`,
    categories: /^(figures|quotes|claims|speaker)/
  }
];

for (const { name, dir, categories } of sets) {
  if (!existsSync(dir)) continue;
  const run = spawnSync(
    process.execPath,
    [
      scorer,
      '--cmd',
      `node ${root}scripts/analyze.mjs`,
      `${dir}/articles`,
      `${dir}/gold`,
      ...process.argv.slice(2)
    ],
    { encoding: 'utf8' }
  );
  const lines = run.stdout
    .split('\n')
    .filter((line) => line && (!categories || categories.test(line) || line.startsWith('  ')));
  console.log(`\n== ${name}\n${lines.join('\n')}`);
}
