// `astro dev` as an author uses it: how long from saving a file to its page showing the change.
// Used by the benchmark (on a synthetic registry) and by tests/build/dev.test.ts.
import { spawn } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `check` every `everyMs` until it gives something truthy, or `timeoutMs` have passed.
 * @template T
 * @param {() => Promise<T>} check
 * @param {number} timeoutMs
 * @param {number} everyMs
 * @returns {Promise<T | undefined>}
 */
async function until(check, timeoutMs, everyMs) {
  const started = performance.now();
  for (;;) {
    const result = await check().catch(() => undefined);
    if (result) return result;
    if (performance.now() - started > timeoutMs) return undefined;
    await sleep(everyMs);
  }
}

/** @returns {Promise<number>} a port nothing listens on now */
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/**
 * @typedef {object} DevServer
 * @property {string} origin
 * @property {(route: string, options?: { ok?: boolean }) => Promise<string>} page
 *   the text of a page; with `ok: false` also of an error page
 * @property {() => string} output what the server printed
 * @property {() => Promise<void>} stop
 */

/**
 * Starts `astro dev` on the registry in `content` and waits until it serves the overview.
 * @param {string} content
 * @returns {Promise<DevServer>}
 */
export async function startDev(content) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--ignore-lock',
    ],
    {
      cwd: ROOT,
      // As an author's shell starts it: not as a test runner's child (NODE_ENV=test, VITEST_*).
      env: {
        ...Object.fromEntries(
          Object.entries(process.env).filter(
            ([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'),
          ),
        ),
        REGISTRY_CONTENT: content,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  /** @type {DevServer['page']} */
  const page = async (route, { ok = true } = {}) => {
    const response = await fetch(`${origin}${route}`);
    if (ok && !response.ok) throw new Error(`${route}: ${response.status}`);
    return response.text();
  };
  const stop = async () => {
    child.kill('SIGTERM');
    await until(async () => child.exitCode !== null || child.signalCode !== null, 10_000, 100);
  };
  const ready = await until(async () => (await page('/')).length > 0, 600_000, 250);
  if (!ready) {
    await stop();
    throw new Error(`astro dev did not serve ${origin}/:\n${output.slice(-500)}`);
  }
  return { origin, page, output: () => output, stop };
}

/**
 * Milliseconds from saving `file` (rewritten by `edit` to hold a marker) to the page at `route`
 * holding the marker. The first save may come before the watcher is ready: it is saved again,
 * with a new marker, until one shows within ten seconds.
 * @param {DevServer} server
 * @param {string} file
 * @param {string} route
 * @param {(text: string, marker: string) => string} edit
 * @returns {Promise<{ ms?: number, error?: string }>}
 */
export async function devReload(server, file, route, edit) {
  await server.page(route);
  const before = await readFile(file, 'utf8');
  for (let attempt = 1; attempt <= 6; attempt += 1) {
    const marker = `Saved at ${Date.now()}`;
    const after = edit(before, marker);
    if (after === before) return { error: `${path.basename(file)}: nothing to change` };
    const saved = performance.now();
    await writeFile(file, after);
    const shown = await until(
      async () => (await server.page(route, { ok: false })).includes(marker),
      10_000,
      20,
    );
    if (shown) return { ms: Math.round(performance.now() - saved) };
  }
  return { error: `${route} never showed the saved file:\n${server.output().slice(-500)}` };
}

/**
 * For the benchmark: the dev server on a synthetic registry, one processor's description saved.
 * @param {string} content
 */
export async function benchDevReload(content) {
  const files = (await readdir(path.join(content, 'processors'))).sort();
  const file = files.find((f) => /\.(md|ya?ml)$/.test(f));
  if (!file) return { error: 'no processor file' };
  let server;
  try {
    server = await startDev(content);
    const started = performance.now();
    const route = `/processors/${file.replace(/\.[^.]+$/, '')}/`;
    await server.page(route);
    const firstPageMs = Math.round(performance.now() - started);
    const reload = await devReload(
      server,
      path.join(content, 'processors', file),
      route,
      (text, marker) => text.replace(/description: .*/, `description: ${marker}`),
    );
    return { ...reload, firstPageMs };
  } catch (error) {
    return { error: String(error) };
  } finally {
    await server?.stop();
  }
}
