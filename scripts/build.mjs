#!/usr/bin/env node
// Builds the site into a staging folder and swaps it in only when the whole build succeeded,
// so a failed build never leaves a half-written dist/ behind. Astro builds in a child process;
// the search index is made here once that child has ended, so their memory never adds up.
//   node scripts/build.mjs [--out dir] [--example]   content comes from REGISTRY_CONTENT or content/
//   (--example: the example registry, also once npm run init has moved it to examples/)
// The Astro build runs in a child with only the environment variables on ENVIRONMENT below: content
// can put what the build sees on a public page (an MDX {process.env.X}, import.meta.env in any code
// it reaches), and CI keeps deploy secrets in the environment.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { displayPath as shortPath } from '../src/core/display-path.ts';
import { contentDir, exampleContentDir } from '../src/lib/load/content-dir.ts';

/** What the build may see of the environment: names, and name prefixes ending in *. */
const ENVIRONMENT = [
  // The system: programs, home and temporary folders, language and time zone, the terminal.
  'PATH',
  'HOME',
  'TMPDIR',
  'LANG',
  'LANGUAGE',
  'LC_*',
  'TZ',
  'TERM',
  'NO_COLOR',
  'FORCE_COLOR',
  // Windows, where Node and the programs it starts need these to run at all.
  'SYSTEMROOT',
  'WINDIR',
  'COMSPEC',
  'PATHEXT',
  'TEMP',
  'TMP',
  'USERPROFILE',
  'APPDATA',
  'LOCALAPPDATA',
  // The build's own settings.
  'SOURCE_DATE_EPOCH',
  'REGISTRY_CONTENT',
  'REGISTRY_MDX',
  'REGISTRY_ASTRO_CONFIG',
  'NODE_OPTIONS',
  'ASTRO_*',
  'CI',
  'PAGEFIND_BINARY_PATH',
];
const allowed = (name) =>
  ENVIRONMENT.some((entry) =>
    entry.endsWith('*')
      ? name.toUpperCase().startsWith(entry.slice(0, -1))
      : name.toUpperCase() === entry,
  );
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    example: { type: 'boolean', default: false },
    // Internal: the Astro build itself, in the child this script starts.
    'astro-into': { type: 'string' },
  },
});
// --example: the example registry, wherever npm run init put it (examples/ or still content/).
if (values.example) process.env.REGISTRY_CONTENT = exampleContentDir();
const out = path.resolve(values.out);
if (values['astro-into']) process.exit(await astroBuild(values['astro-into']));

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

const started = performance.now();
// The Astro build runs in a child with only the environment variables on ENVIRONMENT; when it
// has ended, and its memory is given back, this process makes the search index of its pages.
let searchIndex;
const code = await inChild(staging, (message) => (searchIndex ??= message.searchIndex));
if (code !== 0) {
  rmSync(staging, { recursive: true, force: true });
  process.exit(code);
}
if (searchIndex) {
  const { indexSite } = await import('../src/integrations/search-index.ts');
  try {
    await indexSite(searchIndex);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`\nBuild failed; ${shortPath(out)} was left as it was.\n`);
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
// Two renames, so dist/ is missing only for an instant; the old one is removed afterwards.
const previous = `${staging}-previous`;
if (existsSync(out)) await rename(out, previous);
await rename(staging, out);
await rm(previous, { recursive: true, force: true });
console.log(
  `Built ${path.relative(process.cwd(), out)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

/** The Astro build's heap bound in MiB, by how many processors and changes the content has. */
function heapLimit() {
  const content = contentDir();
  const entries = ['processors', 'changes']
    .map((folder) => {
      try {
        return readdirSync(path.join(content, folder)).length;
      } catch {
        return 0;
      }
    })
    .reduce((a, b) => a + b, 0);
  return Math.max(1024, Math.ceil(entries * 0.045));
}

/** In the child: Astro's build into `into`; 0, or 1 with what failed. */
async function astroBuild(into) {
  const { build } = await import('astro');
  try {
    // REGISTRY_ASTRO_CONFIG: another config file for the same site (the tests' branded builds).
    const configFile = process.env.REGISTRY_ASTRO_CONFIG;
    await build({
      outDir: into,
      logLevel: process.env.ASTRO_LOG_LEVEL ?? 'warn',
      ...(configFile ? { configFile } : {}),
    });
    return 0;
  } catch (error) {
    console.error(`\nBuild failed; ${shortPath(out)} was left as it was.\n`);
    console.error(error instanceof Error ? describe(error) : String(error));
    return 1;
  }
}

/**
 * Runs this script's Astro build into `into` in a child with only the allowed environment
 * variables, passing signals on (and, interrupted, leaving dist/ as it was and no staging folder
 * behind); resolves to the exit code to leave with (the child's own, or 128 + the signal that
 * ended it). `onMessage` gets what the child sends: the pages to index.
 */
function inChild(into, onMessage) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => allowed(name)));
  env.REGISTRY_SEARCH_INDEX = 'after';
  // V8 sizes its heap by the machine's memory, not by what the build keeps: on a large machine a
  // build of ten thousand recipients held 2.9 GB for about 0.9 GB of live objects. Its heap is
  // bounded by the content's size instead (about 45 KB an entry, 1 GiB at least), unless
  // NODE_OPTIONS already says.
  if (!/--max-old-space-size/.test(env.NODE_OPTIONS ?? ''))
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapLimit()}`.trim();
  const script = fileURLToPath(import.meta.url);
  const child = spawn(
    process.execPath,
    [...process.execArgv, script, ...process.argv.slice(2), '--astro-into', into],
    { env, stdio: ['inherit', 'inherit', 'inherit', 'ipc'] },
  );
  child.on('message', onMessage);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
    process.on(signal, () => {
      child.kill(signal);
      rmSync(into, { recursive: true, force: true });
      rmSync(`${into}-previous`, { recursive: true, force: true });
      process.exit(128 + { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal]);
    });
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`The build could not start: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? 128 + (constants.signals[signal] ?? 0)));
  });
}

/** The message of an error, with the file Astro located it in and the error it wraps, when known. */
function describe(error) {
  // Some Astro errors (UnknownFilesystemError) have no message: their title and cause say what failed.
  const message = error.message || error.title || '';
  const location = error.loc?.file ? `\n  in ${shortPath(error.loc.file)}` : '';
  const cause = error.cause instanceof Error ? `\n  caused by ${error.cause.message}` : '';
  return `${error.name}: ${message.replaceAll('**', '')}${location}${cause}`;
}
