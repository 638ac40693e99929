#!/usr/bin/env node
// The whole suite: unit and fixture-build tests (vitest), then the example site built with a fixed
// date and driven in Chromium (Playwright). `npm test -- --unit` or `-- --e2e` runs one half;
// `npm test -- --fast`, for a quick answer while coding: the unit tests and the lint and hostile
// corpora, with no build, no type check and no browser.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { findChromium } from './chromium.mjs';

/** The build date the browser tests expect: inside the example's open objection window. */
const E2E_DATE = '2026-11-20';

const { values } = parseArgs({
  options: { unit: { type: 'boolean' }, e2e: { type: 'boolean' }, fast: { type: 'boolean' } },
});
const runUnit = !values.fast && (values.unit || !values.e2e);
const runE2e = !values.fast && (values.e2e || !values.unit);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(command, args, extraEnv = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status ?? 1;
}

function count(file, read) {
  if (!existsSync(file)) return;
  const { passed, failed, skipped } = read(JSON.parse(readFileSync(file, 'utf8')));
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
}

function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("No Chromium found: installing Debian's chromium package.");
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    'No Chromium found for the browser tests. Either:\n' +
      '  - set CHROMIUM_PATH to a Chromium or Chrome executable, or\n' +
      "  - install your system's chromium package (Debian/Ubuntu: sudo apt-get install chromium), or\n" +
      '  - run `npx playwright install chromium` where downloads are allowed.',
  );
  process.exit(1);
}

rmSync('tests/.out', { recursive: true, force: true });
/** The real programs the tests open the outputs with, as Debian packages. */
const CLIENTS = [
  {
    package: 'python3-feedparser',
    present: () =>
      spawnSync('/usr/bin/python3', ['-c', 'import feedparser'], { stdio: 'ignore' }).status === 0,
  },
  {
    package: 'python3-icalendar',
    present: () =>
      spawnSync('/usr/bin/python3', ['-c', 'import icalendar'], { stdio: 'ignore' }).status === 0,
  },
  {
    package: 'libreoffice-calc-nogui',
    present: () => spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0,
  },
  {
    package: 'poppler-utils',
    present: () => spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0,
  },
];

function ensureClients() {
  const missing = CLIENTS.filter((client) => !client.present()).map((client) => client.package);
  if (missing.length === 0) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing the programs the tests open the outputs with: ${missing.join(', ')}`);
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', ...missing], { DEBIAN_FRONTEND: 'noninteractive' });
  } else {
    console.error(
      `The tests open feeds, spreadsheets and PDFs with real programs. Install them first: sudo apt-get install ${missing.join(' ')}`,
    );
    process.exit(1);
  }
}

let status = 0;
if (values.fast) {
  status = run(
    'vitest',
    ['run', 'tests/unit', 'tests/build/lint.test.ts', 'tests/build/hostile.test.ts'],
    { REGISTRY_TEST_FAST: '1' },
  );
  count('tests/.out/vitest.json', (r) => ({
    passed: r.numPassedTests,
    failed: r.numFailedTests,
    skipped: r.numPendingTests + r.numTodoTests,
  }));
}
if (runUnit) {
  ensureClients();
  // Type-checks the project (TypeScript and .astro files) and syncs the content collections.
  const typecheck = run('astro', ['check']);
  // The code's own lint and layout (npm run code:lint): typed ESLint rules, Prettier, and
  // dependency-cruiser's check for import loops and imports that run up the layers.
  const codeLint =
    run('eslint', ['.']) ||
    run('prettier', ['--check', '.']) ||
    run('depcruise', ['src', 'scripts', 'astro.config.mjs', '--config', '.dependency-cruiser.cjs']);
  const unit = run('vitest', ['run']);
  status ||= typecheck || codeLint || unit;
  count('tests/.out/vitest.json', (r) => ({
    passed: r.numPassedTests,
    failed: r.numFailedTests,
    skipped: r.numPendingTests + r.numTodoTests,
  }));
}
if (runE2e) {
  if (!runUnit) ensureClients();
  const chromium = ensureChromium();
  const epoch = String(Date.parse(`${E2E_DATE}T12:00:00Z`) / 1000);
  // The browser tests read the example registry, wherever npm run init has put it.
  const built = run('node', ['scripts/build.mjs', '--example', '--out', '.test-dist'], {
    SOURCE_DATE_EPOCH: epoch,
  });
  if (built !== 0) {
    status ||= built;
  } else {
    const e2e = run('playwright', ['test'], { CHROMIUM_PATH: chromium, E2E_DATE });
    status ||= e2e;
    count('tests/.out/playwright.json', (r) => ({
      passed: r.stats.expected,
      failed: r.stats.unexpected + r.stats.flaky,
      skipped: r.stats.skipped,
    }));
  }
}
console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(status);
