#!/usr/bin/env node
// Builds synthetic registries of 1,000 and 10,000 processors in a temporary folder (never content/)
// and reports build time, peak memory, dist size, the largest page and the search index, and how
// fast the first search results appear in Chromium.
//   npm run bench                    both sizes
//   npm run bench -- --sizes 2000    other sizes;  --keep leaves the temporary folders
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { generateRegistry } from './bench/generate.mjs';
import { measure } from './bench/measure.mjs';
import { findChromium } from './chromium.mjs';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const BUILD_DATE = '2026-11-20';
const MiB = 2 ** 20;

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

/** Total bytes and file count of a folder, the number of pages, and the largest page gzipped. */
async function weigh(dist) {
  let bytes = 0,
    count = 0,
    pages = 0,
    searchBytes = 0;
  const html = [];
  for await (const file of files(dist)) {
    const { size } = await stat(file);
    bytes += size;
    count += 1;
    if (file.startsWith(path.join(dist, 'pagefind') + path.sep)) searchBytes += size;
    if (file.endsWith('.html')) {
      pages += 1;
      html.push({ file, size });
    }
  }
  // Gzip the largest pages by raw size; the largest gzipped one is among them.
  html.sort((a, b) => b.size - a.size);
  let largest = { file: '', gzip: 0 };
  for (const { file } of html.slice(0, 25)) {
    const gzip = gzipSync(await readFile(file), { level: 9 }).length;
    if (gzip > largest.gzip) largest = { file: path.relative(dist, file), gzip };
  }
  const overview = gzipSync(await readFile(path.join(dist, 'index.html')), { level: 9 }).length;
  return { bytes, count, pages, searchBytes, largest, overview };
}

async function searchLatency(dist) {
  if (!findChromium()) return { error: 'no Chromium found (set CHROMIUM_PATH)' };
  const server = createServer(sirv(dist));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const out = path.join(dist, '..', 'latency.json');
  try {
    // Asynchronously: this process serves the pages the browser asks for meanwhile.
    const run = await new Promise((resolve) =>
      execFile(
        'playwright',
        ['test', '--config', 'tests/bench/playwright.config.ts'],
        {
          env: {
            ...process.env,
            BENCH_URL: `http://127.0.0.1:${server.address().port}/`,
            BENCH_OUT: out,
          },
        },
        (error, stdout, stderr) => resolve({ status: error ? 1 : 0, output: `${stdout}${stderr}` }),
      ),
    );
    if (run.status !== 0) return { error: run.output.trim().split('\n').slice(-5).join(' ') };
    return JSON.parse(await readFile(out, 'utf8'));
  } finally {
    server.close();
  }
}

const rows = [];
for (const size of sizes) {
  const dir = await mkdtemp(path.join(os.tmpdir(), `registry-bench-${size}-`));
  process.stdout.write(`\n${size} processors in ${dir}\n  generating content… `);
  await generateRegistry(path.join(dir, 'content'), size, { today: BUILD_DATE });
  process.stdout.write('building… ');
  const epoch = String(Date.parse(`${BUILD_DATE}T12:00:00Z`) / 1000);
  const build = await measure(
    process.execPath,
    ['scripts/build.mjs', '--out', path.join(dir, 'dist')],
    {
      env: {
        ...process.env,
        REGISTRY_CONTENT: path.join(dir, 'content'),
        SOURCE_DATE_EPOCH: epoch,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  );
  if (build.code !== 0) {
    console.error(`build failed:\n${build.output}`);
    process.exit(1);
  }
  process.stdout.write(`${build.seconds.toFixed(1)} s; weighing… `);
  const weight = await weigh(path.join(dir, 'dist'));
  process.stdout.write('searching in Chromium…\n');
  const latency = await searchLatency(path.join(dir, 'dist'));
  rows.push({ size, build, weight, latency });
  if (!values.keep) await rm(dir, { recursive: true, force: true });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `\nProcessor Registry benchmark, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`,
);
console.log(
  '| processors | pages | build | peak memory | dist | largest page (gzip) | overview (gzip) | search index | first results (cold / warm) |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |');
for (const { size, build, weight, latency } of rows) {
  const search = latency.error
    ? `n/a (${latency.error})`
    : `${latency.coldMs} ms / ${latency.warmMs} ms`;
  console.log(
    `| ${size.toLocaleString('en')} | ${weight.pages.toLocaleString('en')} | ${build.seconds.toFixed(1)} s | ${(build.peakBytes / MiB).toFixed(0)} MiB | ${(weight.bytes / MiB).toFixed(0)} MiB in ${weight.count.toLocaleString('en')} files | ${kb(weight.largest.gzip)} (${weight.largest.file}) | ${kb(weight.overview)} | ${(weight.searchBytes / MiB).toFixed(1)} MiB | ${search} |`,
  );
}
