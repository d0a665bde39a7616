#!/usr/bin/env node
// `npm run analyze -- FILE…`: runs the analysis CLI from a bundle that is rebuilt only when a
// source it depends on is newer. Why a bundle: the CLI's cold start budget (600 ms) leaves no
// room for compiling TypeScript on every run.
import { bundleCli } from './bundle-cli.mjs';

// A reader that stops early (`… | head`) closes the pipe; that ends the output, it is no error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const bundle = await bundleCli();
const { main } = await import(bundle);
// The batch form is a bundle of its own, built and loaded only when a batch is asked for.
const loadBatch = async () => (await import(await bundleCli('analyze-batch'))).runBatch;
process.exitCode = await main(process.argv.slice(2), loadBatch);
