#!/usr/bin/env node
// `npm run worker`: works the analysis queue of the PostgreSQL database WIREMAP_DB names; see
// src/cli/worker.ts. Start as many as you like, on any machine that reaches the database.
import { bundleCli } from './bundle-cli.mjs';

const bundle = await bundleCli('worker', { externalPackages: true });
const { main } = await import(bundle);
process.exitCode = await main();
// The analysis threads and pg-boss's timers are gone once main returns; nothing else holds on.
process.exit();
