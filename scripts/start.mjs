#!/usr/bin/env node
// npm start [-- --example]: builds the site (scripts/build.mjs) and serves dist/ on localhost.
// --example builds the example registry instead of content/, also once npm run init has moved it.
import { spawnSync } from 'node:child_process';

const build = spawnSync(process.execPath, ['scripts/build.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
const preview = spawnSync('npx', ['astro', 'preview'], { stdio: 'inherit' });
process.exit(preview.status ?? 1);
