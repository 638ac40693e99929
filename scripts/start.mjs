#!/usr/bin/env node
// npm start [-- --example] [-- astro preview options, e.g. --port 4400]: builds the site
// (scripts/build.mjs) and serves dist/ on localhost. --example builds the example registry
// instead of content/, also once npm run init has moved it to examples/.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const example = args.includes('--example');
const build = spawnSync(
  process.execPath,
  ['scripts/build.mjs', ...(example ? ['--example'] : [])],
  { stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const preview = spawnSync('npx', ['astro', 'preview', ...args.filter((a) => a !== '--example')], {
  stdio: 'inherit',
});
process.exit(preview.status ?? 1);
