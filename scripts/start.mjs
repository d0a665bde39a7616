// npm start: build if stale, then serve the built app (adapter-node) on PORT (default 3000).
import { ensureBuild } from './ensure-build.mjs';

ensureBuild();

process.env.PORT ??= '3000';
process.env.HOST ??= '0.0.0.0';
console.log(`wiremap: http://localhost:${process.env.PORT}/`);

// adapter-node's entry reads PORT and HOST when imported and handles SIGINT/SIGTERM itself.
await import('../build/index.js');
