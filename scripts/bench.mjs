#!/usr/bin/env node
// Builds synthetic registries (1,000 and 10,000 processors by default) in a temporary folder (never
// content/) and, in the same run, a control: a minimal Astro site with as many pages, built by this
// project's Astro and indexed by its Pagefind. Every figure of the registry is reported beside the
// control's and as a ratio to it, since the machine's load moves both alike. Also: the first search
// results in Chromium (cold, warm, and cold with the CPU slowed four times, as on a mid-range
// phone), and the time from saving a processor file under `astro dev` to its page showing it.
//   npm run bench                         both sizes
//   npm run bench -- --sizes 2000         other sizes;  --keep leaves the temporary folders
//   npm run bench -- --no-search --no-dev  skip the browser and the dev-server measurements
//   npm run bench -- --example            the example registry against a control of its pages
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { generateRegistry } from './bench/generate.mjs';
import { measure } from './bench/measure.mjs';
import { buildControl } from './bench/control.mjs';
import { benchDevReload } from './bench/dev.mjs';
import { findChromium } from './chromium.mjs';
import { exampleContentDir } from '../src/lib/load/content-dir.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    keep: { type: 'boolean', default: false },
    search: { type: 'boolean', default: true },
    dev: { type: 'boolean', default: true },
    example: { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
  },
  allowNegative: true,
});
const BUILD_DATE = '2026-11-20';
const MiB = 2 ** 20;
const runs = Math.max(1, Number(values.runs));

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

/** First search results on the overview, timed in Chromium; `slowdown` throttles its CPU. */
async function searchLatency(dist, slowdown = 1) {
  if (!findChromium()) return { error: 'no Chromium found (set CHROMIUM_PATH)' };
  const server = createServer(sirv(dist));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const out = path.join(dist, '..', `latency-${slowdown}.json`);
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
            BENCH_CPU_SLOWDOWN: String(slowdown),
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

/** Builds the registry in `content` into `dist`: the whole of scripts/build.mjs, as a user runs it. */
async function buildRegistry(content, dist) {
  const epoch = String(Date.parse(`${BUILD_DATE}T12:00:00Z`) / 1000);
  const build = await measure(process.execPath, ['scripts/build.mjs', '--out', dist], {
    env: {
      ...process.env,
      REGISTRY_CONTENT: content,
      SOURCE_DATE_EPOCH: epoch,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (build.code !== 0) {
    console.error(`build failed:\n${build.output}`);
    process.exit(1);
  }
  return build;
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/** `runs` alternating builds of the registry and its control: the median of each, and their ratio. */
async function compare(dir, content) {
  const registry = [];
  const control = [];
  let weight;
  for (let run = 0; run < runs; run += 1) {
    process.stdout.write(`  building the registry… `);
    const build = await buildRegistry(content, path.join(dir, 'dist'));
    registry.push(build);
    process.stdout.write(`${build.seconds.toFixed(1)} s; `);
    weight ??= await weigh(path.join(dir, 'dist'));
    process.stdout.write(`the control (${weight.pages} pages)… `);
    const controlDir = path.join(dir, `control-${run}`);
    const built = await buildControl(controlDir, weight.pages);
    control.push(built);
    process.stdout.write(
      `${built.astro.seconds.toFixed(1)} s + ${built.pagefind.seconds.toFixed(1)} s\n`,
    );
    if (run < runs - 1) await rm(controlDir, { recursive: true, force: true });
  }
  const pick = (list, read) => median(list.map(read));
  return {
    weight,
    build: {
      seconds: pick(registry, (b) => b.seconds),
      peakBytes: pick(registry, (b) => b.peakBytes),
      all: registry.map((b) => b.seconds),
    },
    control: {
      astro: pick(control, (c) => c.astro.seconds),
      pagefind: pick(control, (c) => c.pagefind.seconds),
      seconds: pick(control, (c) => c.astro.seconds + c.pagefind.seconds),
      peakBytes: pick(control, (c) => Math.max(c.astro.peakBytes, c.pagefind.peakBytes)),
      pagefindPeak: pick(control, (c) => c.pagefind.peakBytes),
      all: control.map((c) => c.astro.seconds + c.pagefind.seconds),
    },
    controlDist: path.join(dir, `control-${runs - 1}`, 'dist'),
  };
}

const rows = [];
const subjects = values.example
  ? [
      {
        label: 'example',
        prepare: async (dir) =>
          cp(exampleContentDir(), path.join(dir, 'content'), { recursive: true }),
      },
    ]
  : values.sizes
      .split(',')
      .map(Number)
      .map((size) => ({
        label: size.toLocaleString('en'),
        size,
        prepare: (dir) => generateRegistry(path.join(dir, 'content'), size, { today: BUILD_DATE }),
      }));
for (const subject of subjects) {
  const dir = await mkdtemp(path.join(os.tmpdir(), `registry-bench-${subject.size ?? 'example'}-`));
  process.stdout.write(`\n${subject.label} processors in ${dir}\n  generating content…\n`);
  await subject.prepare(dir);
  const compared = await compare(dir, path.join(dir, 'content'));
  const row = { subject, ...compared };
  if (values.search && !values.example) {
    process.stdout.write('  searching in Chromium… ');
    row.latency = await searchLatency(path.join(dir, 'dist'));
    process.stdout.write('with the CPU slowed 4× … ');
    row.slowLatency = await searchLatency(path.join(dir, 'dist'), 4);
    process.stdout.write('done\n');
  }
  if (values.dev) {
    process.stdout.write('  saving a file under astro dev… ');
    row.dev = await benchDevReload(path.join(dir, 'content'));
    process.stdout.write(row.dev.error ? `${row.dev.error}\n` : `${row.dev.ms} ms\n`);
  }
  rows.push(row);
  if (!values.keep) await rm(dir, { recursive: true, force: true });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mib = (bytes) => `${(bytes / MiB).toFixed(0)} MiB`;
const ratio = (a, b) => `${(a / b).toFixed(2)} ×`;
console.log(
  `\nProcessor Registry benchmark, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${runs} run${runs > 1 ? 's' : ''} each (medians)\n`,
);
console.log(
  '| processors | pages | build | control (Astro + Pagefind) | build ÷ control | peak memory | control peak | dist | largest page (gzip) | search index | first results cold / warm | cold, CPU ÷ 4 | dev: save → page |',
);
console.log(
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |',
);
for (const { subject, weight, build, control, latency, slowLatency, dev } of rows) {
  const search = !latency
    ? '—'
    : latency.error
      ? `n/a (${latency.error})`
      : `${latency.coldMs} / ${latency.warmMs} ms`;
  const slow = !slowLatency ? '—' : slowLatency.error ? 'n/a' : `${slowLatency.coldMs} ms`;
  const reload = !dev ? '—' : dev.error ? 'n/a' : `${dev.ms} ms`;
  console.log(
    `| ${subject.label} | ${weight.pages.toLocaleString('en')} | ${build.seconds.toFixed(1)} s | ${control.seconds.toFixed(1)} s (${control.astro.toFixed(1)} + ${control.pagefind.toFixed(1)}) | ${ratio(build.seconds, control.seconds)} | ${mib(build.peakBytes)} | ${mib(control.peakBytes)} | ${mib(weight.bytes)} in ${weight.count.toLocaleString('en')} files | ${kb(weight.largest.gzip)} (${weight.largest.file}) | ${(weight.searchBytes / MiB).toFixed(1)} MiB | ${search} | ${slow} | ${reload} |`,
  );
  if (runs > 1)
    console.log(
      `    builds: ${build.all.map((s) => s.toFixed(1)).join(', ')} s; controls: ${control.all.map((s) => s.toFixed(1)).join(', ')} s`,
    );
}
