#!/usr/bin/env node
// Builds the site into a staging folder and swaps it in only when the whole build succeeded,
// so a failed build never leaves a half-written dist/ behind.
//   node scripts/build.mjs [--out dir]     content comes from REGISTRY_CONTENT or content/
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { displayPath as shortPath } from '../src/lib/display-path.ts';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const out = path.resolve(values.out);
const staging = path.join(path.dirname(out), `.dist-staging-${path.basename(out)}-${process.pid}`);

const { build } = await import('astro');
const started = performance.now();
try {
  await build({ outDir: staging, logLevel: process.env.ASTRO_LOG_LEVEL ?? 'warn' });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(`\nBuild failed; ${shortPath(out)} was left as it was.\n`);
  console.error(error instanceof Error ? describe(error) : String(error));
  process.exit(1);
}
if (existsSync(out)) await rm(out, { recursive: true, force: true });
await rename(staging, out);
console.log(`Built ${path.relative(process.cwd(), out)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);

/** The message of an error, with the file Astro located it in when it knows. */
function describe(error) {
  const location = error.loc?.file ? `\n  in ${shortPath(error.loc.file)}` : '';
  return `${error.name}: ${error.message.replaceAll('**', '')}${location}`;
}
