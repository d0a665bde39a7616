// npm start: build if stale, then serve the built app (scripts/serve.mjs) on PORT (default 3000).
import { ensureBuild } from './ensure-build.mjs';

ensureBuild();

process.env.PORT ??= '3000';
process.env.HOST ??= '0.0.0.0';
console.log(`wiremap: http://localhost:${process.env.PORT}/`);

// serve.mjs opens the database (storing the seed on first run), listens, and handles SIGINT/SIGTERM.
await import('./serve.mjs');
