// npm run fuzz: the fast-check properties of `npm test`, searched longer. FUZZ_SCALE multiplies
// every property's run count (default 20 here, 1 in npm test); FUZZ_SEED picks the seed, a new
// random one by default, printed so that any failure can be replayed.
import { spawnSync } from 'node:child_process';

const scale = process.env.FUZZ_SCALE ?? '20';
const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`fuzz: FUZZ_SCALE=${scale} FUZZ_SEED=${seed} (set both to replay this run)`);

const env = { ...process.env, FUZZ_SCALE: scale, FUZZ_SEED: seed };
const runs = [
  ['npx', ['vitest', 'run', 'tests/unit/fuzz']],
  // The API under generated requests, and stored strings and imports round-tripped exactly.
  ['node', ['scripts/test-e2e.mjs', 'tests/e2e/api/fuzz', 'tests/e2e/api/stored-strings']]
];
let status = 0;
for (const [command, args] of runs) {
  console.log(`\n━━ ${command} ${args.join(' ')}`);
  status ||= spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;
}
process.exit(status);
