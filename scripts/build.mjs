#!/usr/bin/env node
// Builds the site into a staging folder and swaps it in only when the whole build succeeded,
// so a failed build never leaves a half-written dist/ behind.
//   node scripts/build.mjs [--out dir]     content comes from REGISTRY_CONTENT or content/
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { displayPath as shortPath } from '../src/core/display-path.ts';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const out = path.resolve(values.out);
const prefix = `.dist-staging-${path.basename(out)}-`;
const staging = path.join(path.dirname(out), `${prefix}${process.pid}`);

// A build that was killed could not clean up: remove staging folders no running build owns.
const running = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};
if (existsSync(path.dirname(out))) {
  for (const name of readdirSync(path.dirname(out))) {
    if (name.startsWith(prefix) && !running(Number(name.slice(prefix.length))))
      rmSync(path.join(path.dirname(out), name), { recursive: true, force: true });
  }
}
// Interrupted now, it leaves dist/ as it was and no staging folder behind.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    rmSync(staging, { recursive: true, force: true });
    rmSync(`${staging}-previous`, { recursive: true, force: true });
    process.exit(128 + { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal]);
  });
}

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
// Two renames, so dist/ is missing only for an instant; the old one is removed afterwards.
const previous = `${staging}-previous`;
if (existsSync(out)) await rename(out, previous);
await rename(staging, out);
await rm(previous, { recursive: true, force: true });
console.log(
  `Built ${path.relative(process.cwd(), out)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

/** The message of an error, with the file Astro located it in and the error it wraps, when known. */
function describe(error) {
  // Some Astro errors (UnknownFilesystemError) have no message: their title and cause say what failed.
  const message = error.message || error.title || '';
  const location = error.loc?.file ? `\n  in ${shortPath(error.loc.file)}` : '';
  const cause = error.cause instanceof Error ? `\n  caused by ${error.cause.message}` : '';
  return `${error.name}: ${message.replaceAll('**', '')}${location}${cause}`;
}
