#!/usr/bin/env node
// `npm run publish -- ID|EXPORT.geojson --out DIR/ [--png FILE] [--svg FILE]`: an article's
// published map as a static folder, or its image drawn by Chromium; see src/cli/publish.ts.
import { bundleCli } from './bundle-cli.mjs';

const bundle = await bundleCli('publish', { externalPackages: true });
const { main } = await import(bundle);
process.exitCode = await main(process.argv.slice(2));
