// npm start: build if stale, then serve the built app (adapter-node) on PORT (default 3000).
import { ensureBuild } from './ensure-build.mjs';

ensureBuild();

process.env.PORT ??= '3000';
process.env.HOST ??= '0.0.0.0';
// adapter-node refuses bodies over 512 KB by itself; articles may be 1 MB, and a larger body
// must reach our route to get its clear 413 rather than adapter-node's bare one.
process.env.BODY_SIZE_LIMIT ??= '2M';
console.log(`wiremap: http://localhost:${process.env.PORT}/`);

// adapter-node's entry reads PORT and HOST when imported and handles SIGINT/SIGTERM itself.
await import('../build/index.js');
