#!/usr/bin/env node
// `npm run user -- add NAME --role admin` (and list, role, remove): manages the accounts in the
// database WIREMAP_DB names; see src/cli/user.ts. The password comes from WIREMAP_PASSWORD or
// the first line of stdin.
import { bundleCli } from './bundle-cli.mjs';

const bundle = await bundleCli('user', { externalPackages: true });
const { main } = await import(bundle);
process.exitCode = await main(process.argv.slice(2));
